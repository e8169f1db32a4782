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
            let hinge = kind == .hinge || kind == .squaredHinge
            // Keras reads labels that are all 0 or 1 as -1 and 1, and takes any other labels as they are.
            let binary = rowTargets.allSatisfy { $0.allSatisfy { $0 == 0 || $0 == 1 } }
            return zip(predictions, rowTargets).map { row, target in
                var total = 0.0
                for (p, t) in zip(row, target) {
                    total += hinge ? ElementwiseLoss.hinge(prediction: p, label: binary ? 2 * t - 1 : t, squared: kind == .squaredHinge)
                        : loss.value(prediction: p, target: t)
                }
                return total / Double(row.count)
            }
        case .distribution(_, let targetKind):
            let loss = DistributionLoss(kind, parameters: parameters)
            return zip(predictions, rowTargets).map { row, target in
                guard targetKind == .classIndex else { return loss.value(row, target: .distribution(target)) }
                // A class index that is not a whole number inside the row has no loss.
                guard let k = Int(exactly: target[0]), k >= 0, k < row.count else { return .nan }
                return loss.value(row, target: .classIndex(k))
            }
        }
    }
}
