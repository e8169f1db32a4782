/// Where a loss's swept input is defined.
public enum InputDomain: String, Sendable, Equatable {
    case real
    case aboveMinusOne
    case nonNegative
    case positive
    case probability
    case nonPositive

    /// The domain in words.
    public var description: String {
        switch self {
        case .real: "any real number"
        case .aboveMinusOne: "a number > -1"
        case .nonNegative: "a number >= 0"
        case .positive: "a number > 0"
        case .probability: "a probability in [0, 1]"
        case .nonPositive: "a number <= 0 (a log-probability)"
        }
    }

    /// Whether the input is inside the domain.
    public func contains(_ x: Double) -> Bool {
        switch self {
        case .real: x.isFinite
        case .aboveMinusOne: x.isFinite && x > -1
        case .nonNegative: x.isFinite && x >= 0
        case .positive: x.isFinite && x > 0
        case .probability: x >= 0 && x <= 1
        case .nonPositive: x.isFinite && x <= 0
        }
    }
}

/// Which targets a loss accepts.
public enum TargetDomain: Sendable, Equatable {
    case real
    case aboveMinusOne
    case nonNegative
    case probability
    case label
    case distribution
    case classIndex
    /// The loss takes no target (margin and ranking losses over their own axis take a label).
    case none

    /// Whether a scalar target is allowed.
    public func contains(_ t: Double) -> Bool {
        switch self {
        case .real: t.isFinite
        case .aboveMinusOne: t.isFinite && t > -1
        case .nonNegative: t.isFinite && t >= 0
        case .probability, .distribution: t >= 0 && t <= 1
        case .label: t == -1 || t == 0 || t == 1
        case .classIndex: t >= 0 && t == t.rounded() && t < 1e9
        case .none: true
        }
    }

    /// What `contains` allows, in words for an error message.
    public var allowedValues: String {
        switch self {
        case .real: "a finite number"
        case .aboveMinusOne: "a number > -1"
        case .nonNegative: "a number >= 0"
        case .probability: "a probability in [0, 1]"
        case .label: "a label -1, 0 or 1 (0 is read as -1)"
        case .distribution: "probabilities in [0, 1]"
        case .classIndex: "a class index 0, 1, 2, ..."
        case .none: "anything"
        }
    }
}
