import Platform

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
                         meanOverTargetWeights: Bool = false, advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])? = nil,
                         broadcasting: Broadcasting? = nil,
                         _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        function(FrameworkLoss(loss), name, arguments: arguments, note: note, options: options, reductions: reductions, weighting: weighting,
                 meanOverTargetWeights: meanOverTargetWeights, advise: advise, broadcasting: broadcasting, unreduced)
    }

    /// A torch.nn.functional function for a loss the catalog has no definition of.
    static func function(_ loss: FrameworkLoss, _ name: String, arguments: String = "input, target", note: String,
                         options: Set<FrameworkOption> = [], reductions: FrameworkReductions = reductions, weighting: SampleWeighting? = nil,
                         meanOverTargetWeights: Bool = false, advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])? = nil,
                         broadcasting: Broadcasting? = nil,
                         _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.pytorch, loss, call: "torch.nn.functional.\(name)(\(arguments))", note: note, options: options,
                          reductions: reductions, weighting: weighting, meanOverTargetWeights: meanOverTargetWeights, advise: advise,
                          broadcasting: broadcasting, unreduced)
    }

    /// PyTorch's own refusal of an argument value: one line naming the flag, the value, the function
    /// and PyTorch's rule in its own words.
    static func refuse(_ flag: String, _ value: Double, _ function: String, _ rule: String) -> FrameworkError {
        FrameworkError("\(flag): '\(ShortNumber.format(value))' is refused by torch.nn.functional.\(function): \"\(rule)\"")
    }

    /// cross_entropy's label_smoothing: above 1 PyTorch raises; below 0 it computes without smoothing.
    static func labelSmoothing(_ options: FrameworkOptions) throws -> Double {
        let epsilon = options[.labelSmoothing] ?? 0
        if epsilon > 1 {
            throw refuse("--label-smoothing", epsilon, "cross_entropy", "label_smoothing must be between 0.0 and 1.0. Got: \(epsilon)")
        }
        return max(epsilon, 0)
    }

    /// The warning for a negative label_smoothing, which cross_entropy ignores without a word.
    @Sendable static func negativeSmoothing(_ inputs: FrameworkInputs, _ options: FrameworkOptions) -> [String] {
        guard let epsilon = options[.labelSmoothing], epsilon < 0 else { return [] }
        return ["torch.nn.functional.cross_entropy ignores label_smoothing=\(ShortNumber.format(epsilon)) (it smooths only above 0) and computes without smoothing"]
    }

    /// gaussian_nll_loss's var against the input (torch/nn/functional.py): the input's shape, one value
    /// per sample (the input's shape without its last axis, unsqueezed), or one axis of length 1.
    ///
    /// - Throws: ``FrameworkError`` "var is of incorrect size" otherwise, as PyTorch raises.
    static func gaussianVariance(_ inputs: FrameworkInputs) throws -> FrameworkInputs {
        guard var variance = inputs.variance, variance.shape != inputs.pred.shape else { return inputs }
        let shape = inputs.pred.shape
        if Array(shape.dropLast()) == variance.shape {
            variance = FrameworkArray(shape: variance.shape + [1], values: variance.values)
        } else if !(variance.rank == shape.count && zip(shape, variance.shape).filter({ $0 != $1 }).map(\.1).reduce(0, +) == 1) {
            throw FrameworkError("var is of incorrect size")
        }
        var result = inputs
        result.variance = Broadcasting.expand(variance, to: shape)
        return result
    }

    /// PyTorch's default `ignore_index` of cross_entropy and nll_loss.
    static let defaultIgnoreIndex = -100.0

    /// cross_entropy's and nll_loss's loss per sample over class indices, with `weight=` and
    /// `ignore_index`: w[y]·f(y, row), and 0 for a target equal to the ignored index (PyTorch's
    /// default -100). Refuses a class outside 0..<C that is not ignored, as ATen does.
    static func classIndexed(_ inputs: FrameworkInputs, _ options: FrameworkOptions, _ f: (Int, [Double]) -> Double) throws -> FrameworkArray {
        let ignored = options.ignoreIndex ?? defaultIgnoreIndex
        let pred = inputs.pred
        guard pred.rank >= 1 else { throw FrameworkError("a scalar has no class axis") }
        let weights = try classWeights(options, classes: pred.lastAxis)
        var target = inputs.target
        if target.rank == pred.rank, target.lastAxis == 1 { target = FrameworkArray(shape: target.reducedShape, values: target.values) }
        guard target.shape == pred.reducedShape else {
            throw FrameworkError("the class indices have shape \(target.shape); the prediction's \(pred.shape) needs \(pred.reducedShape)")
        }
        let values = try zip(target.values, pred.rows).map { value, row -> Double in
            if value == ignored { return 0 }
            guard value >= 0, value < Double(pred.lastAxis), value == value.rounded() else {
                throw FrameworkError("Target \(ShortNumber.format(value)) is out of bounds. (A class index is 0 to \(pred.lastAxis - 1), or ignore_index \(ShortNumber.format(ignored)).)")
            }
            let label = Int(value)
            return weights[label] * f(label, Array(row))
        }
        return FrameworkArray(shape: pred.reducedShape, values: values)
    }

    /// What 'mean' divides by in cross_entropy and nll_loss on class indices: the summed `weight=` of
    /// the targets that are not ignored (their number without weights); 0 when every target is ignored,
    /// so the mean is NaN, as PyTorch returns.
    static func keptTargetWeight(_ inputs: FrameworkInputs, _ options: FrameworkOptions) -> Double {
        let ignored = options.ignoreIndex ?? defaultIgnoreIndex
        return inputs.target.values.reduce(0) { total, value in
            guard value != ignored else { return total }
            let label = Int(value)
            return total + (options.classWeight.map { label < $0.count ? $0[label] : 1 } ?? 1)
        }
    }

    /// binary_cross_entropy's and binary_cross_entropy_with_logits's `weight=` given per class: broadcast
    /// along the last axis (one value per column, or one for all), multiplying each element's loss.
    ///
    /// - Throws: ``FrameworkError`` with PyTorch's broadcasting message when the lengths differ.
    static func columnWeighted(_ values: FrameworkArray, _ options: FrameworkOptions, expands: Bool = false) throws -> FrameworkArray {
        guard let weights = options.classWeight else { return values }
        let columns = values.rank == 0 ? 1 : values.lastAxis
        guard weights.count == columns || weights.count == 1 else {
            // binary_cross_entropy expands weight to the input's shape first; the logits form multiplies.
            throw FrameworkError(expands
                ? "Attempting to broadcast a dimension of length \(weights.count) at -1! Mismatching argument at index 1 had torch.Size([\(weights.count)]); but expected shape should be broadcastable to [\(values.shape.map(String.init).joined(separator: ", "))]"
                : "The size of tensor a (\(columns)) must match the size of tensor b (\(weights.count)) at non-singleton dimension \(max(values.rank - 1, 0))")
        }
        return FrameworkArray(shape: values.shape, values: values.values.enumerated().map { i, value in
            value * (weights.count == 1 ? weights[0] : weights[i % columns])
        })
    }

    /// `weight=`: one per class, or ones when it is not given. `prefix` starts ATen's message where its
    /// check names the function (cross_entropy on probability targets says "cross_entropy: ").
    static func classWeights(_ options: FrameworkOptions, classes: Int, prefix: String = "") throws -> [Double] {
        guard let weights = options.classWeight else { return Array(repeating: 1, count: classes) }
        guard weights.count == classes else {
            throw FrameworkError(prefix + "weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: [\(weights.count)]")
        }
        return weights
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
