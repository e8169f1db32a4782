/// The reductions a framework function takes: loss-plot's names mapped to the framework's own.
public struct FrameworkReductions: Equatable, Sendable {
    /// loss-plot's name of the default reduction (mean, sum or none).
    public let defaultName: String
    /// loss-plot's names (mean, sum, none, batchmean) to the framework's, in the order to list them.
    public let names: [(ours: String, theirs: String)]

    /// Keras's reductions; 'sum_over_batch_size' (a mean over the samples) is the default.
    static let keras = FrameworkReductions(defaultName: "mean", names: [("mean", "sum_over_batch_size"), ("sum", "sum"), ("none", "none")])

    /// PyTorch's and MLX's reductions with the given default.
    static func standard(_ defaultName: String) -> FrameworkReductions {
        FrameworkReductions(defaultName: defaultName, names: [("mean", "mean"), ("sum", "sum"), ("none", "none")])
    }

    /// PyTorch's kl_div, which also has 'batchmean'.
    static let torchKL = FrameworkReductions(defaultName: "mean", names: [("mean", "mean"), ("sum", "sum"), ("none", "none"), ("batchmean", "batchmean")])

    /// The framework's name for one of ours, or nil when it has no such reduction.
    public func theirs(_ ours: String) -> String? {
        names.first { $0.ours == ours }?.theirs
    }

    /// Reduces the unreduced values.
    func apply(_ ours: String, to values: FrameworkArray) -> FrameworkArray {
        // Keras's reduce_values returns an empty batch's (0,) losses as they are, whatever the reduction.
        if self == .keras, values.shape == [0] { return values }
        return switch ours {
        case "sum": FrameworkArray(scalar: values.sum)
        case "mean": FrameworkArray(scalar: values.mean)
        case "batchmean": FrameworkArray(scalar: values.rank == 0 ? values.sum : values.sum / Double(values.shape[0]))
        default: values
        }
    }

    /// The same default and the same names, in the same order.
    public static func == (a: FrameworkReductions, b: FrameworkReductions) -> Bool {
        a.defaultName == b.defaultName && a.names.map(\.ours) == b.names.map(\.ours) && a.names.map(\.theirs) == b.names.map(\.theirs)
    }
}
