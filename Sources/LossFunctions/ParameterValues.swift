/// The values of a loss's parameters, in the order its definition declares them, and the
/// probability clipping of `eval` (Keras's epsilon). Four slots held inline, so that a sweep
/// allocates nothing.
public struct ParameterValues: Sendable, Hashable {
    @usableFromInline var v0 = 0.0, v1 = 0.0, v2 = 0.0, v3 = 0.0
    /// Keras's clipping of probabilities to [epsilon, 1 - epsilon]; nil computes the exact function.
    public var epsilon: Double?

    /// The most parameters a loss may declare.
    public static let capacity = 4

    /// Values in declaration order (at most four).
    public init(_ values: [Double] = [], epsilon: Double? = nil) {
        precondition(values.count <= Self.capacity, "a loss takes at most four parameters")
        for (i, v) in values.enumerated() { self[i] = v }
        self.epsilon = epsilon
    }

    /// The value of the i-th declared parameter.
    @inlinable
    public subscript(_ i: Int) -> Double {
        get {
            switch i {
            case 0: v0
            case 1: v1
            case 2: v2
            default: v3
            }
        }
        set {
            switch i {
            case 0: v0 = newValue
            case 1: v1 = newValue
            case 2: v2 = newValue
            default: v3 = newValue
            }
        }
    }
}
