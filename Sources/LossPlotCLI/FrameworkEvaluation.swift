import LossFunctions

/// `eval --framework` and `eval --compare`: the command line turned into framework arrays and options.
struct FrameworkEvaluation {
    let loss: FrameworkLoss
    let inputs: FrameworkInputs
    let options: FrameworkOptions

    init(loss: String, target: String, pred: String, reduction: String?, parameters: ParameterFlags, flags: FrameworkFlags) throws {
        self.loss = FrameworkLoss.named(loss)
        for (flag, text) in [("--tau", parameters.tau), ("--q", parameters.q), ("--power", parameters.power), ("--period", parameters.period),
                             ("--width", parameters.width), ("--poly-epsilon", parameters.polyEpsilon)] {
            if let text { throw CommandError("\(flag): '\(text)' is loss-plot's own parameter; no --framework function here takes it") }
        }
        var options = FrameworkOptions()
        options.reduction = reduction
        options.delta = try parameters.delta.map { try ArgumentValues.number($0, flag: "--delta") }
        options.beta = try parameters.beta.map { try ArgumentValues.number($0, flag: "--beta") }
        options.alpha = try parameters.alpha.map { try ArgumentValues.number($0, flag: "--alpha") }
        options.posWeight = try parameters.posWeight.map { try Rows.parse($0, flag: "--pos-weight").flatMap { $0 } }
        options.labelSmoothing = try parameters.labelSmoothing.map { try ArgumentValues.number($0, flag: "--label-smoothing") }
        options.gamma = try parameters.gamma.map { try ArgumentValues.number($0, flag: "--gamma") }
        options.margin = try parameters.margin.map { try ArgumentValues.number($0, flag: "--margin") }
        options.logInput = flags.logInput
        options.full = flags.full ? true : nil
        options.logTarget = flags.logTarget ? true : nil
        self.options = options
        inputs = FrameworkInputs(target: try Self.array(target, flag: "--target"), pred: try Self.array(pred, flag: "--pred"),
                                 input2: try flags.input2.map { try Self.array($0, flag: "--input2") },
                                 variance: try parameters.variance.map { try Self.array($0, flag: "--var") })
    }

    /// One row is a 1-D array, rows separated by ';' a 2-D one.
    static func array(_ text: String, flag: String) throws -> FrameworkArray {
        if let table = try SampleSource(argument: text).table(flag: flag) {
            // A file of one value per line is a 1-D array, as np.loadtxt reads it.
            return table.columns == 1 ? FrameworkArray(vector: table.values) : FrameworkArray(rows: table.rowArrays)
        }
        let rows = try Rows.parse(text, flag: flag)
        guard text.contains(";") else { return FrameworkArray(vector: rows[0]) }
        for (i, row) in rows.enumerated() where row.count != rows[0].count {
            throw CommandError("\(flag): sample \(i + 1) has \(row.count) values, sample 1 has \(rows[0].count); rows must be of equal length")
        }
        return FrameworkArray(rows: rows)
    }

    /// The framework's function for the loss, or the one-line refusal naming its nearest function.
    func function(of framework: Framework) throws -> FrameworkFunction {
        if let function = framework.function(for: loss) { return function }
        if let near = framework.nearest(to: loss), let function = framework.function(for: near.loss) {
            throw CommandError("--framework: '\(framework.rawValue)' has no \(loss); its nearest is \(function.name) (\(near.loss)): \(near.difference)")
        }
        let known = Framework.allCases.contains { $0.function(for: loss) != nil }
        throw CommandError("--framework: '\(framework.rawValue)' has no \(loss) and nothing near it" + (known ? "" : "; no framework has '\(loss)'"))
    }

    /// What the framework's function returns, its refusal as a one-line error.
    func value(of function: FrameworkFunction) throws -> FrameworkArray {
        do {
            return try function.evaluate(inputs, options: options)
        } catch let error as FrameworkError {
            let text = error.description
            throw CommandError(text.hasPrefix("--") ? text : "--framework: '\(function.framework.rawValue)': \(function.name) refuses these arrays: \(text)")
        }
    }
}
