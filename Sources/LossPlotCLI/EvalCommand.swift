import ArgumentParser
import LossFunctions

/// `loss-plot eval`: a loss calculator that follows Keras's conventions.
public struct EvalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Compute a loss over samples, as Keras does.",
        discussion: """
            Rows are numbers separated by commas; samples are separated by semicolons.
            @FILE reads the rows from a file, - from standard input (one of the two flags at most): one sample per line, values separated by whitespace or commas, # comments, as np.savetxt writes them, or a JSON array of arrays.
            Example: loss-plot eval mse --target "1,9,2;-5,-2,6" --pred "4,8,12;8,1,3"   (prints 49.5)
            Example: loss-plot eval mse --target @y.txt --pred @pred.txt
            """)

    @Argument(help: "The loss; `loss-plot list` shows them all.", completion: .list(Catalog.names))
    var loss: String

    @Option(parsing: .unconditional, help: "Target rows (or one row for every sample); class indices for sparse losses; @FILE or - to read them.")
    var target: String

    @Option(parsing: .unconditional, help: "Prediction rows: values, probabilities or logits; @FILE or - to read them.")
    var pred: String

    @OptionGroup(title: "Loss parameters: one value each, Keras's defaults")
    var parameters: ParameterFlags

    @Option(parsing: .unconditional, help: "Keras's clipping of probabilities (default 1e-7).")
    var epsilon: String?

    @Option(name: .customLong("reduction"), help: "mean, sum, or none (one value per sample); with --framework also batchmean.")
    var reductionText: String?

    @OptionGroup(title: "Frameworks: compute as Keras, PyTorch, optax, MLX or scikit-learn do")
    var frameworks: FrameworkFlags

    public init() {}

    public mutating func validate() throws {
        let (target, pred) = (SampleSource(argument: target), SampleSource(argument: pred))
        try SampleSource.checkOneStandardInput(target: target, pred: pred)
        // Rows from files and standard input are read once, by run().
        guard target.isInline, pred.isInline else { return }
        if frameworks.isActive || frameworks.json { return _ = try frameworkOutput() }
        _ = try compute()
    }

    public func run() throws {
        if frameworks.isActive { return print(try frameworkOutput()) }
        for value in try compute() { print(ShortNumber.shortest(value)) }
    }

    /// The printed values, every input checked first.
    func compute() throws -> [Double] {
        let kind = try LossLookup.loss(named: loss, field: "loss")
        let reduction = try parsedReduction()
        var values = kind.standardValues
        values.epsilon = 1e-7
        for (parameter, text) in parameters.given {
            guard let declared = kind.spec(for: parameter) else {
                throw CommandError("\(parameter.flag): \(kind.name) takes no \(parameter.name); `loss-plot info \(kind.name)` lists its parameters")
            }
            let range = declared.range
            let value = try ArgumentValues.number(text, flag: parameter.flag, allowInfinity: range.allowsNegativeInfinity)
            guard range.contains(value) else {
                throw CommandError("\(parameter.flag): '\(text)' is not allowed; it must be \(range.description)")
            }
            values[parameter] = value
        }
        if let epsilon {
            let value = try ArgumentValues.number(epsilon, flag: "--epsilon")
            guard value >= 0, value < 0.5 else {
                throw CommandError("--epsilon: '\(epsilon)' is not allowed; it must be in [0, 0.5)")
            }
            values.epsilon = value
        }
        var (predictions, targets) = try SampleSource.rows(pred: SampleSource(argument: pred), target: SampleSource(argument: target))
        let sparse = kind.rowKernel?.target == .classIndex
        if sparse, targets.count == 1, targets[0].count == predictions.count, predictions.count > 1 {
            // Class indices may also be given separated by commas.
            targets = targets[0].map { [$0] }
        }
        guard targets.count == 1 || targets.count == predictions.count else {
            throw CommandError("--target: \(targets.count) samples given for \(predictions.count) predictions; give one row per sample, or one row for all")
        }
        let width = predictions[0].count
        for (i, row) in predictions.enumerated() where row.count != width {
            throw CommandError("--pred: sample \(i + 1) has \(row.count) values, sample 1 has \(width); rows must be of equal length")
        }
        try checkDomains(kind, predictions: predictions, targets: targets, sparse: sparse, width: width)
        return try BatchLoss(kind, parameters: values).keras(predictions: predictions, targets: targets, reduction: reduction)
    }

    func parsedReduction() throws -> Reduction {
        guard let reduction = Reduction(rawValue: reductionText ?? "mean") else {
            throw CommandError("--reduction: '\(reductionText ?? "")' is not a reduction; use mean, sum or none")
        }
        return reduction
    }

    private func checkDomains(_ kind: LossDefinition, predictions: [[Double]], targets: [[Double]], sparse: Bool, width: Int) throws {
        for (i, row) in targets.enumerated() {
            if sparse {
                guard row.count == 1 else {
                    throw CommandError("--target: sample \(i + 1) has \(row.count) values; a sparse loss takes one class index per sample")
                }
                guard row[0] == row[0].rounded() else {
                    throw CommandError("--target: sample \(i + 1): class \(ShortNumber.format(row[0])) is not a whole number; a class index is 0, 1, 2, ...")
                }
                guard row[0] >= 0, row[0] < Double(width) else {
                    throw CommandError("--target: sample \(i + 1): class \(ShortNumber.format(row[0])) is out of range; the rows have \(width) classes, 0 to \(width - 1)")
                }
                continue
            }
            guard row.count == width else {
                throw CommandError("--target: sample \(i + 1) has \(row.count) values, the predictions have \(width); rows must be of equal length")
            }
            for (j, t) in row.enumerated() where !kind.targetDomain.contains(t) {
                throw CommandError("--target: sample \(i + 1), position \(j + 1): \(ShortNumber.format(t)) is outside the domain of \(kind.name); it must be \(kind.targetDomain.allowedValues)")
            }
        }
        if kind.inputDomain == .probability {
            for (i, row) in predictions.enumerated() {
                for (j, p) in row.enumerated() where !(p >= 0 && p <= 1) {
                    throw CommandError("--pred: sample \(i + 1), position \(j + 1): \(ShortNumber.format(p)) is not a probability in [0, 1]")
                }
            }
        }
    }
}
