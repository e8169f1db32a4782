/// How a framework applies one weight per sample, and what it divides the weighted sum by.
///
/// The frameworks agree on the weighted sum Σ wᵢ lᵢ and disagree on the mean:
/// - Keras (`loss(y_true, y_pred, sample_weight=w)`, keras/src/losses/loss.py `reduce_weighted_values`):
///   the per-sample losses times the weights, then 'sum_over_batch_size' divides by the number of
///   values, N, whatever the weights sum to.
/// - scikit-learn (`metric(y_true, y_pred, sample_weight=w)`): `np.average(losses, weights=w, axis=0)`,
///   a mean weighted by the weights, Σ wᵢ lᵢ / Σ wᵢ, per output column, then the plain mean of the
///   columns; all-zero weights are refused, and weights summing to zero raise numpy's ZeroDivisionError.
/// - MLX (`cross_entropy`, `binary_cross_entropy` with `weights=`, mlx/nn/losses.py 0.32): weights of the
///   unreduced loss's shape multiply it; 'mean' divides by the number of values.
/// - PyTorch (`mse_loss`, `l1_loss`, `huber_loss` with `weight=`, torch/nn/functional.py 2.13): one
///   weight per element, of the input's size; 'mean' divides by Σ w in mse_loss and l1_loss, and by
///   the number of elements in huber_loss.
public enum SampleWeighting: Sendable, Equatable {
    /// Keras: Σ wᵢ lᵢ / N under 'sum_over_batch_size', Σ wᵢ lᵢ under 'sum', wᵢ lᵢ under 'none'.
    case keras
    /// scikit-learn: Σ wᵢ lᵢ / Σ wᵢ per column, then the mean of the columns.
    case sklearn
    /// PyTorch's element weights: 'mean' is Σ w l / Σ w when `dividesBySumOfWeights`, else Σ w l / n.
    case torchElements(dividesBySumOfWeights: Bool)
    /// MLX's `weights=` of cross_entropy and binary_cross_entropy: of the unreduced loss's shape,
    /// multiplied in, then the plain reduction ('mean' divides by the number of values).
    case mlx

    /// Keras's weighting of unreduced values: each sample's value (or each row of values, or the one
    /// pooled value) times its weight, shaped as Keras broadcasts them.
    ///
    /// - Parameters:
    ///   - values: the loss before the reduction: shape (N,), (N, k), or a scalar for losses that pool the batch.
    ///   - weights: N weights.
    /// - Throws: ``FrameworkError`` when the shapes do not broadcast.
    public static func kerasWeighted(_ values: FrameworkArray, by weightArray: FrameworkArray) throws -> FrameworkArray {
        guard weightArray.rank <= 1 || (weightArray.rank == 2 && weightArray.lastAxis == 1) else {
            throw FrameworkError("sample_weight of shape \(weightArray.shape) does not broadcast against one loss per sample; give one weight per sample")
        }
        let weights = weightArray.values
        if values.rank == 0 {
            // A pooled loss (Dice, Tversky): Keras broadcasts the scalar against the N weights.
            return FrameworkArray(shape: [weights.count], values: weights.map { $0 * values.values[0] })
        }
        guard values.shape[0] == weights.count else {
            throw FrameworkError("sample_weight has \(weights.count) values for a batch of \(values.shape[0]) samples")
        }
        let width = values.count / weights.count
        return FrameworkArray(shape: values.shape, values: values.values.enumerated().map { $0.element * weights[$0.offset / width] })
    }

    /// scikit-learn's weighted average over the samples: per output column Σ wᵢ lᵢ / Σ wᵢ, then the mean of the columns.
    ///
    /// - Parameters:
    ///   - values: one loss per sample (N,), or per sample and output (N, k).
    ///   - weights: N weights.
    /// - Throws: ``FrameworkError`` when the weights sum to zero or do not match the samples.
    public static func sklearnAverage(_ values: FrameworkArray, by weightArray: FrameworkArray) throws -> Double {
        guard weightArray.rank <= 1 else {
            throw FrameworkError("Sample weights must be 1D array or scalar")
        }
        let weights = weightArray.values
        let samples = values.rank == 0 ? 1 : values.shape[0]
        guard samples == weights.count else {
            throw FrameworkError("Found input variables with inconsistent numbers of samples: [\(samples), \(weights.count)]")
        }
        // sklearn.utils.validation._check_sample_weight refuses all-zero weights before numpy divides.
        guard weights.contains(where: { $0 != 0 }) else { throw FrameworkError("Sample weights must contain at least one non-zero number.") }
        let total = weights.reduce(0, +)
        guard total != 0 else { throw FrameworkError("Weights sum to zero, can't be normalized") }
        let width = max(values.count / samples, 1)
        var columns = [Double](repeating: 0, count: width)
        for (i, value) in values.values.enumerated() {
            columns[i % width] += weights[i / width] * value
        }
        return columns.reduce(0) { $0 + $1 / total } / Double(width)
    }

    /// MLX's weights: the unreduced loss times weights of exactly its shape.
    ///
    /// - Throws: ``FrameworkError`` with MLX's message when the shapes differ.
    static func mlxWeighted(_ values: FrameworkArray, by weights: FrameworkArray) throws -> FrameworkArray {
        guard weights.shape == values.shape else {
            throw FrameworkError("Weights with shape \(FrameworkArray.pythonShape(weights.shape)) is not the same as output loss with shape \(FrameworkArray.pythonShape(values.shape)).")
        }
        return FrameworkArray(shape: values.shape, values: zip(values.values, weights.values).map { $0 * $1 })
    }

    /// PyTorch's element weights on the unreduced losses, reduced as `reduction` says.
    ///
    /// - Throws: ``FrameworkError`` with PyTorch's message when the weights' shape is not the input's.
    static func torchWeighted(_ values: FrameworkArray, by weights: FrameworkArray, reduction: String,
                              dividesBySumOfWeights: Bool) throws -> FrameworkArray {
        guard weights.shape == values.shape else { throw FrameworkError("Weights and input must have the same size.") }
        let weighted = FrameworkArray(shape: values.shape, values: zip(values.values, weights.values).map { $0 * $1 })
        switch reduction {
        case "none": return weighted
        case "sum": return FrameworkArray(scalar: weighted.sum)
        default: return FrameworkArray(scalar: dividesBySumOfWeights ? weighted.sum / weights.sum : weighted.mean)
        }
    }
}
