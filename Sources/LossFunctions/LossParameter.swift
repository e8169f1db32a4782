/// A numeric shape parameter of a loss, as named on the command line.
public enum LossParameter: String, CaseIterable, Sendable, Codable {
    case delta
    case posWeight = "pos-weight"
    case tau
    case beta
    case alpha

    /// The symbol used in curve labels, e.g. `δ = 0.5`.
    public var symbol: String {
        switch self {
        case .delta: "δ"
        case .posWeight: "w"
        case .tau: "τ"
        case .beta: "β"
        case .alpha: "α"
        }
    }

    /// Reads this parameter from a parameter set.
    public func value(in parameters: LossParameters) -> Double {
        switch self {
        case .delta: parameters.delta
        case .posWeight: parameters.posWeight
        case .tau: parameters.tau
        case .beta: parameters.beta
        case .alpha: parameters.alpha
        }
    }

    /// Writes this parameter into a parameter set.
    public func set(_ value: Double, in parameters: inout LossParameters) {
        switch self {
        case .delta: parameters.delta = value
        case .posWeight: parameters.posWeight = value
        case .tau: parameters.tau = value
        case .beta: parameters.beta = value
        case .alpha: parameters.alpha = value
        }
    }

    /// Whether a value is allowed: scales and widths must be positive, tau lies in [0, 1],
    /// alpha is any number or -inf (Barron's Welsch limit).
    public func accepts(_ value: Double) -> Bool {
        switch self {
        case .delta, .beta: value.isFinite && value > 0
        case .posWeight: value.isFinite && value >= 0
        case .tau: value.isFinite && value >= 0 && value <= 1
        case .alpha: !value.isNaN && value != .infinity
        }
    }

    /// What `accepts` allows, in words for an error message.
    public var allowedValues: String {
        switch self {
        case .delta, .beta: "a finite number > 0"
        case .posWeight: "a finite number >= 0"
        case .tau: "a number in [0, 1]"
        case .alpha: "a finite number or -inf"
        }
    }
}
