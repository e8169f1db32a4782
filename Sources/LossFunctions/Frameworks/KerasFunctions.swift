import Platform

/// Keras 3's loss classes (JAX backend, float64) with their defaults.
///
/// Its conventions, the same in every loss class: probabilities are clipped to [`epsilon`, 1 - `epsilon`];
/// each sample's loss is the mean over the last axis (`perSample`), except where a class says otherwise;
/// `reductions` default to 'sum_over_batch_size', the mean over the samples; hinge losses read labels
/// that are all 0 or 1 as -1 and 1 (`hingeLabels`).
enum KerasFunctions {
    /// Keras's `backend.epsilon()`, the clipping of probabilities.
    static let epsilon = 1e-7

    /// Keras's reductions; 'sum_over_batch_size' (a mean over the samples) is the default.
    static let reductions = FrameworkReductions.keras

    static let byLoss = Framework.table(KerasRegressionFunctions.all + KerasClassificationFunctions.all)

    /// A Keras loss class called on (y_true, y_pred), reduced the Keras way.
    static func function(_ loss: LossDefinition, _ className: String, arguments: String = "", note: String,
                         options: Set<FrameworkOption> = [], readsCatalogInputs: Bool = true, poolsBatch: Bool = false,
                         advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])? = nil, broadcasting: Broadcasting? = nil,
                         _ perSample: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.keras, FrameworkLoss(loss), call: "keras.losses.\(className)(\(arguments))(y_true, y_pred)", note: note,
                          options: options, reductions: reductions, readsCatalogInputs: readsCatalogInputs,
                          poolsBatch: poolsBatch, weighting: .keras, advise: advise, broadcasting: broadcasting, perSample)
    }

    /// The warning for class indices outside 0..<C, which Keras on JAX reads as rows of zeros.
    @Sendable static func zeroRows(_ inputs: FrameworkInputs, _ options: FrameworkOptions) -> [String] {
        let outside = FrameworkKernels.outOfRangeClasses(inputs).filter { $0 != options.ignoreIndex }
        guard let first = outside.first else { return [] }
        return ["keras.losses.SparseCategoricalCrossentropy (JAX backend) reads class \(ShortNumber.format(first)) (outside 0 to \(inputs.pred.lastAxis - 1)) as a row of zeros: its loss is 0, without an error"]
    }

    /// Keras's per-sample loss: f(y_true, y_pred) per element, then the mean over the last axis.
    static func perSample(_ inputs: FrameworkInputs, _ f: (Double, Double) -> Double) throws -> FrameworkArray {
        try FrameworkKernels.elementwiseMean(inputs, f)
    }

    /// The catalog's loss per element at Keras's parameter values, then the mean over the last axis.
    static func perSample(_ loss: LossDefinition, _ inputs: FrameworkInputs, _ parameters: ParameterValues = ParameterValues()) throws -> FrameworkArray {
        let value = FrameworkKernels.exact(loss)
        return try FrameworkKernels.elementwiseMean(inputs) { y, p in value(p, y, parameters) }
    }

    /// p clipped to [1e-7, 1 - 1e-7], then the cross-entropy of each element (the JAX backend's form).
    static func clippedBinaryCrossEntropy(_ y: Double, _ p: Double) -> Double {
        let q = FrameworkMath.clip(p, epsilon, 1 - epsilon)
        return -(y * log(q) + (1 - y) * log(1 - q))
    }

    /// Keras's label smoothing of binary targets: y(1 - ε) + ε/2.
    static func smoothBinary(_ y: Double, _ options: FrameworkOptions) -> Double {
        guard let epsilon = options[.labelSmoothing], epsilon != 0 else { return y }
        return y * (1 - epsilon) + 0.5 * epsilon
    }

    /// Keras's hinge labels: 2y - 1 when every label is 0 or 1, else the labels as given.
    static func hingeLabels(_ target: FrameworkArray) -> FrameworkArray {
        convertsLabels(target.values) ? target.map { 2 * $0 - 1 } : target
    }

    /// Whether Keras reads these hinge labels as 0/1 labels to turn into -1 and 1: when every one is 0 or 1.
    static func convertsLabels(_ labels: some Sequence<Double>) -> Bool {
        labels.allSatisfy { $0 == 0 || $0 == 1 }
    }

    /// Probabilities renormalised to sum to one, then clipped to [1e-7, 1 - 1e-7].
    static func normalisedClipped(_ row: some Collection<Double>) -> [Double] {
        let total = row.reduce(0, +)
        return row.map { FrameworkMath.clip($0 / total, epsilon, 1 - epsilon) }
    }
}
