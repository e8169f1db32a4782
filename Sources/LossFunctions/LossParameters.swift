/// The shape parameters a loss may take; a loss reads only the ones it declares.
public struct LossParameters: Sendable, Hashable, Codable {
    /// Huber's and pseudo-Huber's delta, Tukey's c, and the scale c of Barron's family.
    public var delta: Double
    /// The weight of positive examples in weighted sigmoid cross-entropy.
    public var posWeight: Double
    /// The quantile of the pinball loss.
    public var tau: Double
    /// The width of smooth L1's quadratic zone (PyTorch's beta).
    public var beta: Double
    /// The shape alpha of Barron's general robust loss.
    public var alpha: Double
    /// Keras's clipping of probabilities to [epsilon, 1 - epsilon]; nil draws the exact function.
    public var epsilon: Double?

    /// Parameters with every field set to its catalog default.
    public init(delta: Double = 1, posWeight: Double = 1, tau: Double = 0.5, beta: Double = 1,
                alpha: Double = 1, epsilon: Double? = nil) {
        self.delta = delta
        self.posWeight = posWeight
        self.tau = tau
        self.beta = beta
        self.alpha = alpha
        self.epsilon = epsilon
    }
}
