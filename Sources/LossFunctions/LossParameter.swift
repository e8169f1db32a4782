/// A shape parameter of the losses, as the command line names it: the vocabulary every loss
/// definition draws its parameters from (`--delta`, `--gamma`, ...). Kernels read their values by
/// it (`p[.delta]`); a new parameter is one declaration here, with its own slot.
public struct LossParameter: Sendable, Hashable, Comparable {
    /// Where `ParameterValues` keeps this parameter's value: fixed, unique, below `ParameterValues.slots`.
    @usableFromInline let slot: Int
    /// The flag's name without dashes, and the manifest field (`delta`, `pos-weight`).
    public let name: String
    /// The symbol of curve labels (`δ = 0.5`).
    public let symbol: String
    /// The manifest field, in lower camel case (`posWeight`).
    public let field: String
    /// The help of the command-line flag: which losses read it, and as what.
    public let help: String

    init(slot: Int, _ name: String, symbol: String, field: String? = nil, help: String) {
        precondition(slot >= 0 && slot < ParameterValues.slots, "parameter slots run from 0 to \(ParameterValues.slots - 1)")
        self.slot = slot
        self.name = name
        self.symbol = symbol
        self.field = field ?? name
        self.help = help
    }

    /// The command-line flag (`--delta`).
    public var flag: String { "--" + name }

    /// Parameters sort by name.
    public static func < (a: LossParameter, b: LossParameter) -> Bool { a.name < b.name }

    /// Huber's delta, the scale c of the robust losses.
    public static let delta = LossParameter(
        slot: 0, "delta", symbol: "δ",
        help: "Huber's and pseudo-Huber's delta, Tukey's c, the robust losses' scale c.")
    /// Barron's shape, focal loss's class weight, Tversky's false-positive weight.
    public static let alpha = LossParameter(
        slot: 1, "alpha", symbol: "α",
        help: "Barron's shape alpha (or -inf); focal loss's class weight; Tversky's false-positive weight.")
    /// Smooth L1's width, Tversky's false-negative weight.
    public static let beta = LossParameter(
        slot: 2, "beta", symbol: "β",
        help: "Smooth L1's beta; Tversky's false-negative weight.")
    /// The quantile of the pinball loss.
    public static let tau = LossParameter(
        slot: 3, "tau", symbol: "τ",
        help: "The quantile of the pinball loss, in [0, 1].")
    /// The weight of positive examples (PyTorch's pos_weight).
    public static let posWeight = LossParameter(
        slot: 4, "pos-weight", symbol: "w", field: "posWeight",
        help: "The weight of positives in weighted sigmoid cross-entropy.")
    /// Focal loss's focusing exponent, the smoothed hinge's width.
    public static let gamma = LossParameter(
        slot: 5, "gamma", symbol: "γ",
        help: "Focal loss's focusing exponent; the smoothed hinge's width.")
    /// The exponent of DWD and of the generalized cross-entropy.
    public static let q = LossParameter(
        slot: 6, "q", symbol: "q",
        help: "The exponent of DWD and of the generalized cross-entropy.")
    /// The exponent of the Lp distance.
    public static let power = LossParameter(
        slot: 7, "power", symbol: "p",
        help: "The exponent p of the Lp distance.")
    /// The period of the periodic loss.
    public static let period = LossParameter(
        slot: 8, "period", symbol: "c",
        help: "The period c of the periodic loss.")
    /// The margin of the ranking and embedding losses.
    public static let margin = LossParameter(
        slot: 9, "margin", symbol: "m",
        help: "The margin of the ranking and embedding losses.")
    /// The half-width of the epsilon-insensitive zone.
    public static let width = LossParameter(
        slot: 10, "width", symbol: "ε",
        help: "The half-width of the epsilon-insensitive zone.")
    /// The variance of the Gaussian negative log-likelihood.
    public static let variance = LossParameter(
        slot: 11, "var", symbol: "σ²", field: "var",
        help: "The variance of the Gaussian negative log-likelihood.")
    /// The weight of the poly-1 term.
    public static let polyEpsilon = LossParameter(
        slot: 12, "poly-epsilon", symbol: "ε", field: "polyEpsilon",
        help: "The weight of the poly-1 term.")
    /// Label smoothing of the cross-entropies.
    public static let labelSmoothing = LossParameter(
        slot: 13, "label-smoothing", symbol: "ε", field: "labelSmoothing",
        help: "Label smoothing of the cross-entropies, in [0, 1).")

    /// Every parameter a loss may declare.
    public static let all: [LossParameter] = [
        .delta, .alpha, .beta, .tau, .posWeight, .gamma, .q, .power, .period, .margin, .width, .variance,
        .polyEpsilon, .labelSmoothing,
    ]

    /// Looks a parameter up by its flag name or manifest field.
    public static func named(_ name: String) -> LossParameter? {
        all.first { $0.name == name || $0.field == name }
    }
}
