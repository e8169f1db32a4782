import Foundation

/// Keras 3's loss classes (JAX backend, float64) with their defaults: each computes per sample over the
/// last axis, then 'sum_over_batch_size' averages the samples.
enum KerasFunctions {
    /// Keras's `backend.epsilon()`.
    static let epsilon = 1e-7

    static let byLoss: [String: FrameworkFunction] = Dictionary(
        uniqueKeysWithValues: (KerasRegressionFunctions.all + KerasClassificationFunctions.all).map { ($0.loss, $0) })

    /// A Keras loss class called on (y_true, y_pred), reduced the Keras way.
    static func function(_ loss: String, _ className: String, arguments: String = "", note: String,
                         options: Set<FrameworkOption> = [],
                         _ perSample: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.keras, loss, call: "keras.losses.\(className)(\(arguments))(y_true, y_pred)", note: note,
                          options: options, reductions: .keras, perSample)
    }

    /// p clipped to [1e-7, 1 - 1e-7], then the cross-entropy of each element (the JAX backend's form).
    static func clippedBinaryCrossEntropy(_ y: Double, _ p: Double) -> Double {
        let q = FrameworkMath.clip(p, epsilon, 1 - epsilon)
        return -(y * log(q) + (1 - y) * log(1 - q))
    }

    /// The JAX backend's from_logits form: -y log_sigmoid(x) - (1 - y) log_sigmoid(-x).
    static func logitBinaryCrossEntropy(_ y: Double, _ x: Double) -> Double {
        -1.0 * y * FrameworkMath.logSigmoid(x) - (1 - y) * FrameworkMath.logSigmoid(-x)
    }

    /// Keras's label smoothing of binary targets: y(1 - ε) + ε/2.
    static func smoothBinary(_ y: Double, _ options: FrameworkOptions) -> Double {
        guard let epsilon = options.labelSmoothing, epsilon != 0 else { return y }
        return y * (1 - epsilon) + 0.5 * epsilon
    }

    /// Keras's hinge labels: 2y - 1 when every label is 0 or 1, else the labels as given.
    static func hingeLabels(_ target: FrameworkArray) -> FrameworkArray {
        target.values.allSatisfy { $0 == 0 || $0 == 1 } ? target.map { 2 * $0 - 1 } : target
    }

    /// Probabilities renormalised to sum to one, then clipped to [1e-7, 1 - 1e-7].
    static func normalisedClipped(_ row: some Collection<Double>) -> [Double] {
        let total = row.reduce(0, +)
        return row.map { FrameworkMath.clip($0 / total, epsilon, 1 - epsilon) }
    }
}
