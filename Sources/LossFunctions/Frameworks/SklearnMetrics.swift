import Platform

/// The scikit-learn metrics that check their labels before computing.
extension SklearnFunctions {
    /// log_loss(y_true, y_proba, labels=[0, 1]) on labels and probabilities of class 1, each 1-D or a
    /// column (n, 1): scikit-learn's type_of_target reads a one-column array as binary, and log_loss
    /// appends 1 - p to a one-column y_proba. A wider y_true is multilabel, which labels=[0, 1] refuses.
    @Sendable static func binaryLogLoss(_ inputs: FrameworkInputs) throws -> FrameworkArray {
        func isVector(_ array: FrameworkArray) -> Bool { array.rank == 1 || (array.rank == 2 && array.shape[1] == 1) }
        guard isVector(inputs.target), isVector(inputs.pred) else {
            throw FrameworkError("The object was not fitted with multilabel input: give one 0/1 label per sample, as a row or a column")
        }
        let inputs = FrameworkInputs(target: FrameworkArray(vector: inputs.target.values), pred: FrameworkArray(vector: inputs.pred.values))
        try checkProbabilities(inputs.pred)
        if let label = inputs.target.values.first(where: { $0 != 0 && $0 != 1 }) {
            throw FrameworkError("y_true contains value \(label) not belonging to the passed labels [0, 1]")
        }
        return try FrameworkKernels.elementwise(inputs) { y, p in
            let q = FrameworkMath.clip(p, machineEpsilon, 1 - machineEpsilon)
            return -(FrameworkMath.xlogy(1 - y, 1 - q) + FrameworkMath.xlogy(y, q))
        }
    }

    /// log_loss(y_true, y_proba, labels=range(C)) on class labels and rows of probabilities.
    @Sendable static func categoricalLogLoss(_ inputs: FrameworkInputs) throws -> FrameworkArray {
        try checkProbabilities(inputs.pred)
        let rows = FrameworkArray(rows: inputs.pred.rows.map { row in row.map { FrameworkMath.clip($0, machineEpsilon, 1 - machineEpsilon) } })
        return try FrameworkKernels.sparse(FrameworkInputs(target: inputs.target, pred: rows)) { label, p in -log(p[label]) }
    }

    /// hinge_loss for two labels: LabelBinarizer(neg_label=-1) maps the larger label to +1.
    @Sendable static func hinge(_ inputs: FrameworkInputs) throws -> FrameworkArray {
        guard inputs.target.rank == 1 else {
            throw FrameworkError("y should be a 1d array, got an array of shape \(inputs.target.shape) instead.")
        }
        let labels = Set(inputs.target.values).sorted()
        guard labels.count <= 2 else {
            throw FrameworkError("with more than two labels hinge_loss needs one decision row per sample")
        }
        let signs = inputs.target.map { labels.count == 2 && $0 == labels[1] ? 1 : -1 }
        // The labels made ±1, then max(1 - y·p, 0): a NaN kept, where the catalog's max(0, ·) gives 0.
        return try FrameworkKernels.elementwise(FrameworkInputs(target: signs, pred: inputs.pred)) { y, p in max(1 - y * p, 0) }
    }

    static func checkProbabilities(_ pred: FrameworkArray) throws {
        if let high = pred.values.max(), high > 1 { throw FrameworkError("y_prob contains values greater than 1: \(high)") }
        if let low = pred.values.min(), low < 0 { throw FrameworkError("y_prob contains values lower than 0: \(low)") }
    }
}
