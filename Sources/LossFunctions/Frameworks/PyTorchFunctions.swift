import Foundation

/// torch.nn.functional's losses (and torchvision's focal loss) in float64 with their defaults.
///
/// Its conventions: no clipping of probabilities, but each log clamped at `logClamp`; `reductions`
/// default to 'mean' over every element, or over the samples for per-sample losses; labels are used as
/// given; pairwise distances add `pairwiseEpsilon` to each difference.
enum PyTorchFunctions {
    /// binary_cross_entropy's floor under each log.
    static let logClamp = -100.0
    /// torch.pairwise_distance's eps.
    static let pairwiseEpsilon = 1e-6
    /// 'mean', 'sum' and 'none'; 'mean' by default.
    static let reductions = FrameworkReductions.standard("mean")

    static let byLoss = Framework.table(PyTorchRegressionFunctions.all + PyTorchClassificationFunctions.all)

    /// A torch.nn.functional function, called with the given arrays.
    static func function(_ loss: LossDefinition, _ name: String, arguments: String = "input, target", note: String,
                         options: Set<FrameworkOption> = [], reductions: FrameworkReductions = reductions, weighting: SampleWeighting? = nil,
                         _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        function(FrameworkLoss(loss), name, arguments: arguments, note: note, options: options, reductions: reductions, weighting: weighting, unreduced)
    }

    /// A torch.nn.functional function for a loss the catalog has no definition of.
    static func function(_ loss: FrameworkLoss, _ name: String, arguments: String = "input, target", note: String,
                         options: Set<FrameworkOption> = [], reductions: FrameworkReductions = reductions, weighting: SampleWeighting? = nil,
                         _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.pytorch, loss, call: "torch.nn.functional.\(name)(\(arguments))", note: note, options: options,
                          reductions: reductions, weighting: weighting, unreduced)
    }

    /// binary_cross_entropy_with_logits per element, as ATen writes it.
    static func logitBinaryCrossEntropy(_ y: Double, _ x: Double, posWeight: Double?) -> Double {
        if let posWeight {
            let logWeight = (posWeight - 1) * y + 1
            return (1 - y) * x + logWeight * (log1p(exp(-abs(x))) + max(-x, 0))
        }
        let maxValue = max(-x, 0)
        return (1 - y) * x + maxValue + log(exp(-maxValue) + exp(-x - maxValue))
    }

    /// pos_weight broadcast along the last axis: one value, or one per class.
    static func posWeights(_ options: FrameworkOptions, for pred: FrameworkArray) throws -> [Double?] {
        guard let weights = options.posWeight else { return Array(repeating: nil, count: pred.count) }
        guard weights.count == 1 || weights.count == pred.lastAxis else {
            throw FrameworkError("--pos-weight: \(weights.count) values for \(pred.lastAxis) classes; give one, or one per class")
        }
        return (0..<pred.count).map { weights.count == 1 ? weights[0] : weights[$0 % pred.lastAxis] }
    }

    /// The Stirling term that `full=True` adds to poisson_nll_loss, 0 for targets up to 1.
    static func stirling(_ y: Double) -> Double {
        y <= 1 ? 0 : y * log(y) - y + 0.5 * log(2 * Double.pi * y)
    }
}
