/// The target of a row loss: a distribution over the classes, or one class index.
public enum RowTarget: Sendable, Hashable {
    case distribution([Double])
    case classIndex(Int)

    /// The target's weight on class i.
    @inlinable
    public func weight(_ i: Int) -> Double {
        switch self {
        case .distribution(let q): i < q.count ? q[i] : 0
        case .classIndex(let k): i == k ? 1 : 0
        }
    }

    /// -Σ q_i log q_i: 0 for a class.
    public var entropy: Double {
        guard case .distribution(let q) = self else { return 0 }
        return q.reduce(0) { $0 - StableMath.xlogy($1, $1) }
    }

    /// The total weight: 1 for a class, the sum of a distribution.
    public var mass: Double {
        switch self {
        case .distribution(let q):
            var total = 0.0
            for w in q { total += w }
            return total
        case .classIndex: return 1
        }
    }
}

/// What a row of a row loss holds.
public enum RowInput: String, Sendable, Equatable {
    case logits
    case probabilities
}

/// What the target of a row loss is.
public enum RowTargetKind: String, Sendable, Equatable {
    case distribution
    case classIndex
}

/// A loss of a whole row (logits or probabilities) against a target: its value, its gradient,
/// and its second derivative along a direction (vᵀ H v), from which a sweep's derivatives follow.
public struct RowKernel: Sendable {
    /// A row of logits or probabilities, one entry per class.
    public typealias Row = UnsafeBufferPointer<Double>
    /// What a row holds.
    public let input: RowInput
    /// What the target is.
    public let target: RowTargetKind
    /// The loss of a row.
    public let value: @Sendable (Row, RowTarget, ParameterValues) -> Double
    /// The gradient, written into the last argument (the row's count).
    public let gradient: @Sendable (Row, RowTarget, ParameterValues, UnsafeMutableBufferPointer<Double>) -> Void
    /// vᵀ H v for the direction v (the last argument).
    public let curvature: @Sendable (Row, RowTarget, ParameterValues, Row) -> Double

    public init(input: RowInput, target: RowTargetKind,
                value: @escaping @Sendable (Row, RowTarget, ParameterValues) -> Double,
                gradient: @escaping @Sendable (Row, RowTarget, ParameterValues, UnsafeMutableBufferPointer<Double>) -> Void,
                curvature: @escaping @Sendable (Row, RowTarget, ParameterValues, Row) -> Double) {
        self.input = input
        self.target = target
        self.value = value
        self.gradient = gradient
        self.curvature = curvature
    }

    /// The loss of a row held in an array.
    public func value(_ row: [Double], target: RowTarget, parameters: ParameterValues) -> Double {
        row.withUnsafeBufferPointer { value($0, target, parameters) }
    }
}

/// How a loss computes.
public enum LossKernel: Sendable {
    /// One input against one target.
    case pointwise(PointwiseKernel)
    /// A whole row against a distribution or a class.
    case row(RowKernel)
}
