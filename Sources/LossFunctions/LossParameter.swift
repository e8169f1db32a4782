/// A shape parameter of the losses, as the command line names it: the vocabulary every loss
/// definition draws its parameters from (`--delta`, `--gamma`, ...).
public struct LossParameter: Sendable, Hashable, Comparable {
    /// The flag's name without dashes, and the manifest field (`delta`, `pos-weight`).
    public let name: String
    /// The symbol of curve labels (`δ = 0.5`).
    public let symbol: String
    /// The manifest field, in lower camel case (`posWeight`).
    public let field: String

    init(_ name: String, symbol: String, field: String? = nil) {
        self.name = name
        self.symbol = symbol
        self.field = field ?? name
    }

    /// The command-line flag (`--delta`).
    public var flag: String { "--" + name }

    /// Parameters sort by name.
    public static func < (a: LossParameter, b: LossParameter) -> Bool { a.name < b.name }

    /// Huber's delta, the scale c of the robust losses.
    public static let delta = LossParameter("delta", symbol: "δ")
    /// Barron's shape, focal loss's class weight, Tversky's false-positive weight.
    public static let alpha = LossParameter("alpha", symbol: "α")
    /// Smooth L1's width, Tversky's false-negative weight.
    public static let beta = LossParameter("beta", symbol: "β")
    /// The quantile of the pinball loss.
    public static let tau = LossParameter("tau", symbol: "τ")
    /// The weight of positive examples (PyTorch's pos_weight).
    public static let posWeight = LossParameter("pos-weight", symbol: "w", field: "posWeight")
    /// Focal loss's focusing exponent, the smoothed hinge's width.
    public static let gamma = LossParameter("gamma", symbol: "γ")
    /// The exponent of DWD and of the generalized cross-entropy.
    public static let q = LossParameter("q", symbol: "q")
    /// The exponent of the Lp distance.
    public static let power = LossParameter("power", symbol: "p")
    /// The period of the periodic loss.
    public static let period = LossParameter("period", symbol: "c")
    /// The margin of the ranking and embedding losses.
    public static let margin = LossParameter("margin", symbol: "m")
    /// The half-width of the epsilon-insensitive zone.
    public static let width = LossParameter("width", symbol: "ε")
    /// The variance of the Gaussian negative log-likelihood.
    public static let variance = LossParameter("var", symbol: "σ²", field: "var")
    /// The weight of the poly-1 term.
    public static let polyEpsilon = LossParameter("poly-epsilon", symbol: "ε", field: "polyEpsilon")
    /// Label smoothing of the cross-entropies.
    public static let labelSmoothing = LossParameter("label-smoothing", symbol: "ε", field: "labelSmoothing")

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
