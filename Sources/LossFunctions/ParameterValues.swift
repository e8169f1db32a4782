/// The values of a loss's parameters, keyed by parameter (`p[.delta]`), and the probability
/// clipping of `eval` (Keras's epsilon). The values are held inline, one slot per parameter, so
/// that reading one in a sweep costs a load and allocates nothing; a parameter never set reads 0.
public struct ParameterValues: Sendable, Hashable {
    @usableFromInline var values = SIMD16<Double>()
    /// Keras's clipping of probabilities to [epsilon, 1 - epsilon]; nil computes the exact function.
    public var epsilon: Double?

    /// How many parameters the vocabulary may hold.
    public static let slots = SIMD16<Double>.scalarCount

    /// The given values, every other parameter 0.
    public init(_ values: [LossParameter: Double] = [:], epsilon: Double? = nil) {
        for (parameter, value) in values { self[parameter] = value }
        self.epsilon = epsilon
    }

    /// The value of a parameter.
    @inlinable
    public subscript(_ parameter: LossParameter) -> Double {
        get { values[parameter.slot] }
        set { values[parameter.slot] = newValue }
    }
}
