/// A loss over a batch of samples, as Keras computes it: a pointwise loss is averaged over each
/// sample's row, a row loss takes each row whole.
public struct BatchLoss: Sendable {
    /// The loss.
    public let definition: LossDefinition
    /// Its parameter values; `epsilon` is Keras's clipping.
    public let parameters: ParameterValues

    /// A batch loss at the given parameter values.
    public init(_ definition: LossDefinition, parameters: ParameterValues) {
        self.definition = definition
        self.parameters = parameters
    }

    /// The loss of each sample. `targets` holds one row per sample, or a single row used for
    /// every sample; for class-index losses each target row holds one class index.
    public func perSample(predictions: [[Double]], targets: [[Double]]) -> [Double] {
        let rowTargets = targets.count == 1 ? Array(repeating: targets[0], count: predictions.count) : targets
        switch definition.kernel {
        case .pointwise(let kernel):
            // Keras reads labels that are all 0 or 1 as -1 and 1, and takes any other labels as they are.
            let labels = definition.targetDomain == .label
            let binary = labels && rowTargets.allSatisfy { $0.allSatisfy { $0 == 0 || $0 == 1 } }
            return zip(predictions, rowTargets).map { row, target in
                var total = 0.0
                for (p, t) in zip(row, target) {
                    total += kernel.value(p, binary ? 2 * t - 1 : t, parameters)
                }
                return total / Double(row.count)
            }
        case .row(let kernel):
            return zip(predictions, rowTargets).map { row, target in
                guard kernel.target == .classIndex else {
                    return kernel.value(row, target: .distribution(target), parameters: parameters)
                }
                // A class index that is not a whole number inside the row has no loss.
                guard let k = Int(exactly: target[0]), k >= 0, k < row.count else { return .nan }
                return kernel.value(row, target: .classIndex(k), parameters: parameters)
            }
        }
    }
}
