import LossFunctions
import Plotting

/// One curve of a figure: a loss, what it is measured against, its parameters and its look.
/// The same fields define the built-in figures and a user's manifest.
public struct CurveSpec: Codable, Sendable, Equatable {
    /// The loss's name or alias, as `loss-plot list` shows it.
    public var loss: String
    public var label: String?
    /// A scalar target (elementwise losses) or a class index (sparse losses).
    public var target: Double?
    /// A target distribution (softmax and categorical cross-entropy, KL divergence).
    public var distribution: [Double]?
    /// The fixed rest of the prediction row: logits, or relative probabilities.
    public var rest: [Double]?
    public var delta: Double?
    public var posWeight: Double?
    public var tau: Double?
    public var beta: Double?
    public var alpha: Double?
    /// A colour name ("blue", "red", "k", "#0072b2"); the palette's next colour when absent.
    public var color: String?
    /// "solid", "dashed", "dash-dot" or "dotted" (or matplotlib's "-", "--", "-.", ":").
    public var style: String?
    /// The panel the curve is drawn in, by its title; curves with the same panel share it, and a
    /// figure whose curves name panels draws them as small multiples with shared axes.
    public var panel: String?

    public init(loss: String, label: String? = nil, target: Double? = nil, distribution: [Double]? = nil,
                rest: [Double]? = nil, delta: Double? = nil, posWeight: Double? = nil, tau: Double? = nil,
                beta: Double? = nil, alpha: Double? = nil, color: String? = nil, style: String? = nil, panel: String? = nil) {
        self.loss = loss
        self.label = label
        self.target = target
        self.distribution = distribution
        self.rest = rest
        self.delta = delta
        self.posWeight = posWeight
        self.tau = tau
        self.beta = beta
        self.alpha = alpha
        self.color = color
        self.style = style
        self.panel = panel
    }

    /// Reads a parameter's value, if set.
    public func value(of parameter: LossParameter) -> Double? {
        switch parameter {
        case .delta: delta
        case .posWeight: posWeight
        case .tau: tau
        case .beta: beta
        case .alpha: alpha
        }
    }

    /// Sets a parameter's value.
    public mutating func set(_ parameter: LossParameter, _ value: Double) {
        switch parameter {
        case .delta: delta = value
        case .posWeight: posWeight = value
        case .tau: tau = value
        case .beta: beta = value
        case .alpha: alpha = value
        }
    }
}
