/// A loss over a batch of samples, as Keras computes it: an elementwise loss is averaged
/// over each sample's row, a distribution loss takes each row whole.
public struct BatchLoss: Sendable {
    /// Which loss.
    public let kind: LossKind
    /// Its parameters; `epsilon` is Keras's clipping (1e-7 unless set).
    public let parameters: LossParameters

    /// A batch loss with Keras's default epsilon unless one is given.
    public init(_ kind: LossKind, parameters: LossParameters = LossParameters(epsilon: 1e-7)) {
        self.kind = kind
        self.parameters = parameters
    }

    /// The loss of each sample. `targets` holds one row per sample, or a single row used for
    /// every sample; for class-index losses each target row holds one class index.
    public func perSample(predictions: [[Double]], targets: [[Double]]) -> [Double] {
        let rowTargets = targets.count == 1 ? Array(repeating: targets[0], count: predictions.count) : targets
        switch kind.family {
        case .elementwise:
            let loss = ElementwiseLoss(kind, parameters: parameters)
            let labels = kerasLabels(rowTargets)
            return zip(predictions, labels).map { row, target in
                var total = 0.0
                for (p, t) in zip(row, target) { total += loss.value(prediction: p, target: t) }
                return total / Double(row.count)
            }
        case .distribution(_, let targetKind):
            let loss = DistributionLoss(kind, parameters: parameters)
            return zip(predictions, rowTargets).map { row, target in
                let t: DistributionTargetValue = targetKind == .classIndex
                    ? .classIndex(Int(target[0])) : .distribution(target)
                return loss.value(row, target: t)
            }
        }
    }

    /// Keras's hinge rule: when every label is 0 or 1 they are read as -1 and 1.
    private func kerasLabels(_ targets: [[Double]]) -> [[Double]] {
        guard kind == .hinge || kind == .squaredHinge else { return targets }
        let binary = targets.allSatisfy { $0.allSatisfy { $0 == 0 || $0 == 1 } }
        return binary ? targets.map { $0.map { 2 * $0 - 1 } } : targets
    }
}
