import Formula

/// The grammar of `--expr` in words, for `--help`, the manual page and errors.
public enum FormulaHelp {
    /// One paragraph per topic, without empty lines (the manual page's discussion allows none).
    public static let grammar = """
        A formula reads x (the prediction swept), t (the target; a label of -1 or 1 for margins), r = x - t, m = t*x, the constants pi and e, and parameters declared with --param NAME=VALUES. Its grammar is Python's: numbers (1.5e-3), + - * /, powers ^ or ** (right-associative: 2^3^2 is 512; -r^2 is -(r^2); 2^-1 is 0.5), parentheses and comparisons < <= > >= == != (1 or 0).
        Functions: abs sign exp expm1 log log1p log2 log10 sqrt pow sin cos tan tanh sinh cosh asinh atan sigmoid softplus logaddexp min max where(cond, a, b) clip(v, lo, hi). log is the natural logarithm (Desmos and Excel read log as base 10; use log10).
        Derivatives are exact (forward-mode automatic differentiation): abs and sign have derivative 0 at 0; where(cond, a, b) evaluates only the branch its condition picks, so where(r > 0, log(r), 0) has derivative 0 for r < 0 (JAX, PyTorch and TensorFlow give NaN there), and a condition that is itself NaN gives NaN; min and max take the first argument at a tie; clip passes v's derivative on [lo, hi]. A formula undefined somewhere (log(r) for r < 0) is NaN there and its line breaks.
        """

    /// Why a --param name is not allowed, or nil.
    public static func reserved(_ name: String) -> String? {
        Formula.reserved(name)
    }
}
