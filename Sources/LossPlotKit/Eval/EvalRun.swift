import ArrayText
import LossFunctions

/// What `loss-plot eval` asks for: a loss, its target and prediction rows, its parameters, and
/// whose conventions to compute with.
public struct EvalRequest: Sendable {
    /// The loss's name as typed: loss-plot's name or alias, or a framework's own name.
    public var loss: String
    /// Target rows: numbers separated by commas, samples by semicolons; `@FILE` or `-` to read them.
    public var target: String
    /// Prediction rows, in the same forms.
    public var pred: String
    /// The text given for each parameter. Read once the loss is known: its range decides whether
    /// -inf is a value, and a framework's `pos_weight` is a vector.
    public var parameters: [LossParameter: String] = [:]
    /// Keras's clipping of probabilities (default 1e-7); 0 computes the exact function.
    public var epsilon: Double?
    /// mean, sum or none; with a framework also its own names (batchmean).
    public var reduction: String?
    /// One weight per sample, as the rows' text (`0.5,1,2`, `@FILE`, `-`): Keras's `sample_weight`
    /// without a framework, the framework's own with one.
    public var sampleWeight: String?
    /// Compute what this framework's function returns.
    public var framework: Framework?
    /// Compute with every framework that has the loss, as a table.
    public var compare = false
    /// The comparison table as JSON.
    public var json = false
    /// PyTorch poisson_nll_loss: whether the input is a log-rate.
    public var logInput: Bool?
    /// PyTorch's Stirling term and ½ log 2π.
    public var full = false
    /// PyTorch kl_div, optax kl_divergence: the target is a log-probability.
    public var logTarget = false
    /// The second input of margin_ranking, cosine_embedding and triplet losses.
    public var input2: String?
    /// One weight per class, W0,W1,... (PyTorch's `weight=`).
    public var classWeight: String?
    /// The class index left out (PyTorch's `ignore_index`).
    public var ignoreIndex: String?
    /// A formula computed instead of a named loss (`--expr`), its parameters at one value each.
    public var formula: FormulaLoss?
    /// Derivative orders printed beside each element's value with `--reduction none` (1, 2 or both):
    /// the gradient and Hessian a gradient-boosting custom objective returns.
    public var derivatives: [Int] = []

    /// A request for `loss` over these rows, with Keras's defaults.
    public init(loss: String, target: String, pred: String) {
        self.loss = loss
        self.target = target
        self.pred = pred
    }

    /// Whether eval computes as the frameworks do rather than with loss-plot's own formula.
    var usesFrameworks: Bool { framework != nil || compare }
}

/// Carries out an ``EvalRequest``: reads the rows once, checks them, and computes the loss.
public struct EvalRun {
    let request: EvalRequest

    /// A run of this request.
    public init(_ request: EvalRequest) {
        self.request = request
    }

    /// What eval computes, as numbers with their shape (or a comparison table), to print or to
    /// write to a file.
    ///
    /// - Throws: ``InputError`` naming the flag and the value.
    public func result() throws -> EvalResult {
        try SampleSource.checkOneStandardInput(target: SampleSource(argument: request.target), pred: SampleSource(argument: request.pred))
        if request.formula != nil, request.usesFrameworks {
            throw InputError("--expr: a formula is loss-plot's own; --framework and --compare compute the frameworks' named functions")
        }
        if request.usesFrameworks || request.json { return try frameworkResult() }
        try checkFrameworkSwitches()
        if !request.derivatives.isEmpty { return EvalResult(derivatives: try derivativeTable()) }
        return EvalResult(values: try compute())
    }

    /// The loss computed: the formula at its one value per parameter, or the named loss.
    func lossDefinition() throws -> LossDefinition {
        guard let formula = request.formula else { return try LossLookup.loss(named: request.loss, field: "loss") }
        let combinations = formula.combinations
        guard combinations.count == 1 else {
            let name = formula.values.first { $0.value.count != 1 }?.key ?? ""
            throw InputError("--param: eval takes one value per parameter; '\(name)' has \(formula.values[name]?.count ?? 0)")
        }
        return formula.loss(at: combinations[0])
    }

    /// With `--derivative`: one line per element, `value,gradient,hessian` (the orders asked for),
    /// each the derivative in the prediction of that element's loss; a warning on standard error
    /// when any Hessian is <= 0 (XGBoost clips a negative one and never splits on a zero one).
    func derivativeTable() throws -> FrameworkArray {
        guard request.reduction == "none" else {
            throw InputError("--derivative: prints each element's value, gradient and Hessian; add --reduction none")
        }
        guard request.sampleWeight == nil else {
            throw InputError("--sample-weight: multiply the gradients and Hessians by your weights yourself; --derivative prints them unweighted")
        }
        let kind = try lossDefinition()
        guard case .pointwise(let kernel) = kind.kernel else {
            throw InputError("--derivative: \(kind.name) is a loss of whole rows; eval's derivatives are per element of a pointwise loss or formula")
        }
        var values = kind.standardValues
        for (parameter, text) in request.parameters {
            guard kind.spec(for: parameter) != nil else {
                throw InputError("\(parameter.flag): \(kind.name) takes no \(parameter.name); `loss-plot info \(kind.name)` lists its parameters")
            }
            values[parameter] = try ArgumentValues.number(text, flag: parameter.flag)
        }
        let (predictions, targets) = try SampleSource.rows(pred: SampleSource(argument: request.pred), target: SampleSource(argument: request.target))
        guard targets.count == 1 || targets.count == predictions.count else {
            throw InputError("--target: \(targets.count) samples given for \(predictions.count) predictions; give one row per sample, or one row for all")
        }
        var table: [Double] = []
        var elements = 0
        var nonPositive = 0, first: (Int, Double)?
        for (i, row) in predictions.enumerated() {
            let targetRow = targets.count == 1 ? targets[0] : targets[i]
            guard targetRow.count == row.count || targetRow.count == 1 else {
                throw InputError("--target: sample \(i + 1) has \(targetRow.count) values and its prediction \(row.count)")
            }
            for (j, x) in row.enumerated() {
                let t = targetRow.count == 1 ? targetRow[0] : targetRow[j]
                elements += 1
                table.append(kernel.value(x, t, values))
                if request.derivatives.contains(1) { table.append(kernel.first(x, t, values)) }
                if request.derivatives.contains(2) {
                    let h = kernel.second(x, t, values)
                    if !(h > 0) {
                        nonPositive += 1
                        if first == nil { first = (elements, h) }
                    }
                    table.append(h)
                }
            }
        }
        if let (element, h) = first {
            FigureOutput.warn(["\(nonPositive) of \(elements) Hessians are <= 0 or NaN, the first at element \(element) (\(ShortNumber.shortest(h))); XGBoost clips a negative Hessian and never splits on a zero one"])
        }
        let columns = 1 + (request.derivatives.contains(1) ? 1 : 0) + (request.derivatives.contains(2) ? 1 : 0)
        return FrameworkArray(shape: [elements, columns], values: table)
    }

    /// The printed values, every input checked first.
    func compute() throws -> [Double] {
        let kind = try lossDefinition()
        let reduction = try parsedReduction()
        var values = kind.standardValues
        values.epsilon = 1e-7
        for parameter in LossParameter.all {
            guard let text = request.parameters[parameter] else { continue }
            guard let declared = kind.spec(for: parameter) else {
                throw InputError("\(parameter.flag): \(kind.name) takes no \(parameter.name); `loss-plot info \(kind.name)` lists its parameters")
            }
            let range = declared.range
            let value = try ArgumentValues.number(text, flag: parameter.flag, allowInfinity: range.allowsNegativeInfinity)
            guard range.contains(value) else {
                throw InputError("\(parameter.flag): '\(text)' is not allowed; it must be \(range.description)")
            }
            values[parameter] = value
        }
        if let epsilon = request.epsilon {
            guard epsilon >= 0, epsilon < 0.5 else {
                throw InputError("--epsilon: '\(ShortNumber.format(epsilon))' is not allowed; it must be in [0, 0.5)")
            }
            values.epsilon = epsilon
        }
        let sparse = kind.rowKernel?.target == .classIndex
        let predSource = SampleSource(argument: request.pred), targetSource = SampleSource(argument: request.target)
        var predictions: [[Double]], targets: [[Double]]
        if !predSource.isInline, !targetSource.isInline, request.sampleWeight == nil, !sparse {
            // Arrays from files stay flat when Keras's own function computes the loss: no row arrays.
            let tables = try SampleSource.tables(pred: predSource, target: targetSource)
            if let flat = try flatKeras(kind, values, reduction, predictions: tables.predictions, targets: tables.targets) {
                return flat
            }
            (predictions, targets) = (tables.predictions.rowArrays, tables.targets.rowArrays)
        } else {
            (predictions, targets) = try SampleSource.rows(pred: predSource, target: targetSource)
        }
        if sparse, targets.count == 1, targets[0].count == predictions.count, predictions.count > 1 {
            // Class indices may also be given separated by commas.
            targets = targets[0].map { [$0] }
        }
        guard targets.count == 1 || targets.count == predictions.count else {
            throw InputError("--target: \(targets.count) samples given for \(predictions.count) predictions; give one row per sample, or one row for all")
        }
        let width = predictions[0].count
        for (i, row) in predictions.enumerated() where row.count != width {
            throw InputError("--pred: sample \(i + 1) has \(row.count) values, sample 1 has \(width); rows must be of equal length")
        }
        try checkDomains(kind, predictions: predictions, targets: targets, sparse: sparse, width: width)
        let batch = BatchLoss(kind, parameters: values)
        guard let text = request.sampleWeight else {
            return try batch.keras(predictions: predictions, targets: targets, reduction: reduction)
        }
        // Keras's sample_weight: each sample's loss times its weight; the mean divides by the number of samples.
        let weights = try Self.sampleWeights(text, samples: predictions.count)
        let perSample = try batch.keras(predictions: predictions, targets: targets, reduction: .none)
        // A loss that pools the batch (Dice, Tversky) has one value, which Keras broadcasts against the weights.
        let unreduced = perSample.count == predictions.count ? FrameworkArray(vector: perSample) : FrameworkArray(scalar: perSample[0])
        let weighted = try SampleWeighting.kerasWeighted(unreduced, by: FrameworkArray(vector: weights)).values
        switch reduction {
        case .none: return weighted
        case .sum: return [weighted.reduce(0, +)]
        case .mean: return [weighted.reduce(0, +) / Double(weighted.count)]
        }
    }

    /// Keras's value for tables of one target row per prediction row, checked as `checkDomains`
    /// checks rows; nil when the tables differ in shape or Keras's function does not compute the
    /// loss (the rows path then checks and computes).
    private func flatKeras(_ kind: LossDefinition, _ values: ParameterValues, _ reduction: Reduction,
                           predictions: NumberTable, targets: NumberTable) throws -> [Double]? {
        guard predictions.rows > 0, predictions.rows == targets.rows, predictions.columns == targets.columns else { return nil }
        let width = predictions.columns
        for (k, t) in targets.values.enumerated() where !kind.targetDomain.contains(t) {
            throw Self.outsideDomain(kind, target: t, sample: k / width, position: k % width)
        }
        if kind.inputDomain == .probability {
            for (k, p) in predictions.values.enumerated() where !(p >= 0 && p <= 1) {
                throw Self.notProbability(p, sample: k / width, position: k % width)
            }
        }
        let shape = [predictions.rows, width]
        return try BatchLoss(kind, parameters: values).keras(prediction: FrameworkArray(shape: shape, values: predictions.values),
                                                            target: FrameworkArray(shape: shape, values: targets.values), reduction: reduction)
    }

    /// The weights of `--sample-weight`: one finite number per sample.
    ///
    /// - Throws: ``InputError`` naming `--sample-weight` when a weight is not a finite number or the count differs.
    static func sampleWeights(_ text: String, samples: Int) throws -> [Double] {
        let weights = try FrameworkEvaluation.sampleWeights(text).values
        guard weights.count == samples else {
            throw InputError("--sample-weight: \(weights.count) weights for \(samples) samples; give one weight per sample")
        }
        return weights
    }

    /// The frameworks' own switches change nothing in loss-plot's formula, so they are refused
    /// without `--framework` or `--compare` rather than ignored.
    func checkFrameworkSwitches() throws {
        let given = [("--full", request.full), ("--log-target", request.logTarget), ("--input2", request.input2 != nil),
                     ("--class-weight", request.classWeight != nil), ("--ignore-index", request.ignoreIndex != nil),
                     (request.logInput == false ? "--no-log-input" : "--log-input", request.logInput != nil)]
        for (flag, isGiven) in given where isGiven {
            throw InputError("\(flag): changes only what --framework or --compare computes (it is a framework function's argument); add one of them")
        }
    }

    func parsedReduction() throws -> Reduction {
        guard let reduction = Reduction(rawValue: request.reduction ?? "mean") else {
            throw InputError("--reduction: '\(request.reduction ?? "")' is not a reduction; use mean, sum or none")
        }
        return reduction
    }

    /// The refusal of a target outside the loss's domain (sample and position from 0).
    private static func outsideDomain(_ kind: LossDefinition, target t: Double, sample: Int, position: Int) -> InputError {
        InputError("--target: sample \(sample + 1), position \(position + 1): \(ShortNumber.format(t)) is outside the domain of \(kind.name); it must be \(kind.targetDomain.allowedValues)")
    }

    /// The refusal of a prediction that is not a probability (sample and position from 0).
    private static func notProbability(_ p: Double, sample: Int, position: Int) -> InputError {
        InputError("--pred: sample \(sample + 1), position \(position + 1): \(ShortNumber.format(p)) is not a probability in [0, 1]")
    }

    private func checkDomains(_ kind: LossDefinition, predictions: [[Double]], targets: [[Double]], sparse: Bool, width: Int) throws {
        for (i, row) in targets.enumerated() {
            if sparse {
                guard row.count == 1 else {
                    throw InputError("--target: sample \(i + 1) has \(row.count) values; a sparse loss takes one class index per sample")
                }
                guard row[0] == row[0].rounded() else {
                    throw InputError("--target: sample \(i + 1): class \(ShortNumber.format(row[0])) is not a whole number; a class index is 0, 1, 2, ...")
                }
                guard row[0] >= 0, row[0] < Double(width) else {
                    throw InputError("--target: sample \(i + 1): class \(ShortNumber.format(row[0])) is out of range; the rows have \(width) classes, 0 to \(width - 1)")
                }
                continue
            }
            guard row.count == width else {
                throw InputError("--target: sample \(i + 1) has \(row.count) values, the predictions have \(width); rows must be of equal length")
            }
            for (j, t) in row.enumerated() where !kind.targetDomain.contains(t) {
                throw Self.outsideDomain(kind, target: t, sample: i, position: j)
            }
        }
        if kind.inputDomain == .probability {
            for (i, row) in predictions.enumerated() {
                for (j, p) in row.enumerated() where !(p >= 0 && p <= 1) {
                    throw Self.notProbability(p, sample: i, position: j)
                }
            }
        }
    }
}
