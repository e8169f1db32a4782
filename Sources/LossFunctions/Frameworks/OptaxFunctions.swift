import Platform

/// optax.losses in float64 (jax_enable_x64).
///
/// Its conventions: no reduction (`reductions` is nil): each function returns one value per element,
/// or per example for losses over the last (class) axis; no clipping; labels used as given; its
/// elementary functions are JAX's (`FrameworkMath`).
enum OptaxFunctions {
    /// None: the caller reduces.
    static let reductions: FrameworkReductions? = nil

    static let byLoss = Framework.table(OptaxRegressionFunctions.all + OptaxClassificationFunctions.all)

    static func function(_ loss: LossDefinition, _ name: String, arguments: String = "predictions, targets", note: String,
                         options: Set<FrameworkOption> = [], renamed: (@Sendable (FrameworkOptions) -> String?)? = nil, broadcasting: Broadcasting? = nil,
                         advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])? = nil,
                         _ values: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        function(FrameworkLoss(loss), name, arguments: arguments, note: note, options: options, renamed: renamed, broadcasting: broadcasting,
                 advise: advise, values)
    }

    /// An optax function for a loss the catalog has no definition of.
    static func function(_ loss: FrameworkLoss, _ name: String, arguments: String = "predictions, targets", note: String,
                         options: Set<FrameworkOption> = [], renamed: (@Sendable (FrameworkOptions) -> String?)? = nil, broadcasting: Broadcasting? = nil,
                         advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])? = nil,
                         _ values: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.optax, loss, call: "optax.losses.\(name)(\(arguments))", note: note, options: options, reductions: reductions,
                          renamed: renamed, advise: advise, broadcasting: broadcasting, values)
    }

    /// The warning for an out-of-range label read as a one-hot row of zeros.
    static func zeroOneHotWarning(_ inputs: FrameworkInputs, _ name: String) -> [String] {
        guard let first = FrameworkKernels.outOfRangeClasses(inputs).first else { return [] }
        return ["optax.losses.\(name) reads class \(ShortNumber.format(first)) (outside 0 to \(inputs.pred.lastAxis - 1)) as a one-hot row of zeros, so the true class's score counts as 0, without an error"]
    }

    /// jax.scipy.special.logsumexp of two terms with weights: log(wa·e^a + wb·e^b).
    static func weightedLogSumExp(_ a: Double, _ wa: Double, _ b: Double, _ wb: Double) -> Double {
        // Terms of weight zero are masked to -inf first, as jax does, so they add nothing.
        let a = wa != 0 ? a : -.infinity, b = wb != 0 ? b : -.infinity
        let high = max(a, b)
        guard high.isFinite else { return high == -.infinity ? -.infinity : high }
        return high + log((wa != 0 ? wa * exp(a - high) : 0) + (wb != 0 ? wb * exp(b - high) : 0))
    }

    /// optax's cosine: a/‖a‖ · b/‖b‖ with the squared norms clipped at epsilon = 0.
    static func cosine(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
        let aNorm = max(a.reduce(0) { $0 + $1 * $1 }, 0).squareRoot(), bNorm = max(b.reduce(0) { $0 + $1 * $1 }, 0).squareRoot()
        return zip(a, b).reduce(0) { $0 + ($1.0 / aNorm) * ($1.1 / bNorm) }
    }
}
