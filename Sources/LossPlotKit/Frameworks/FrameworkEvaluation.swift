import LossFunctions

/// `eval --framework` and `eval --compare`: the command line turned into framework arrays and options.
struct FrameworkEvaluation {
    let loss: String
    let inputs: FrameworkInputs
    let options: FrameworkOptions

    init(_ request: EvalRequest) throws {
        let loss = request.loss, parameters = request.parameters
        let typed = loss.lowercased().replacingOccurrences(of: "_", with: "-")
        // A framework's own name first (optax's squared-error is not its l2), then loss-plot's aliases (mse).
        self.loss = Framework.having(typed).isEmpty ? (Catalog.named(loss)?.name ?? typed) : typed
        for parameter in [LossParameter.tau, .q, .power, .period, .width, .polyEpsilon] {
            if let text = parameters[parameter] {
                throw InputError("\(parameter.flag): '\(text)' is loss-plot's own parameter; no --framework function here takes it")
            }
        }
        var options = FrameworkOptions()
        options.reduction = request.reduction
        options.delta = try parameters[.delta].map { try ArgumentValues.number($0, flag: "--delta") }
        options.beta = try parameters[.beta].map { try ArgumentValues.number($0, flag: "--beta") }
        options.alpha = try parameters[.alpha].map { try ArgumentValues.number($0, flag: "--alpha") }
        options.posWeight = try parameters[.posWeight].map { try Rows.parse($0, flag: "--pos-weight").flatMap { $0 } }
        options.labelSmoothing = try parameters[.labelSmoothing].map { try ArgumentValues.number($0, flag: "--label-smoothing") }
        options.gamma = try parameters[.gamma].map { try ArgumentValues.number($0, flag: "--gamma") }
        options.margin = try parameters[.margin].map { try ArgumentValues.number($0, flag: "--margin") }
        options.logInput = request.logInput
        options.full = request.full ? true : nil
        options.logTarget = request.logTarget ? true : nil
        self.options = options
        inputs = FrameworkInputs(target: try Self.array(request.target, flag: "--target"), pred: try Self.array(request.pred, flag: "--pred"),
                                 input2: try request.input2.map { try Self.array($0, flag: "--input2") },
                                 variance: try parameters[.variance].map { try Self.array($0, flag: "--var") })
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
            throw InputError("\(flag): sample \(i + 1) has \(row.count) values, sample 1 has \(rows[0].count); rows must be of equal length")
        }
        return FrameworkArray(rows: rows)
    }

    /// The framework's function for the loss, or the one-line refusal naming its nearest function.
    func function(of framework: Framework) throws -> FrameworkFunction {
        if let function = framework.function(for: loss) { return function }
        if let near = framework.nearest(to: loss), let function = framework.function(for: near.loss) {
            throw InputError("--framework: '\(framework.rawValue)' has no \(loss); its nearest is \(function.name) (\(near.loss)): \(near.difference)")
        }
        let known = Framework.allCases.contains { $0.function(for: loss) != nil }
        throw InputError("--framework: '\(framework.rawValue)' has no \(loss) and nothing near it" + (known ? "" : "; no framework has '\(loss)'"))
    }

    /// What the framework's function returns, its refusal as a one-line error.
    func value(of function: FrameworkFunction) throws -> FrameworkArray {
        // Only the ranking, triplet and embedding functions take a second input (input2, negative).
        if inputs.input2 != nil, !["input2", "negative"].contains(where: function.call.contains) {
            throw InputError("--input2: \(function.name) takes no second input; it is for margin_ranking, cosine_embedding and triplet losses")
        }
        do {
            return try function.evaluate(inputs, options: options)
        } catch let error as FrameworkError {
            let text = error.description
            throw InputError(text.hasPrefix("--") ? text : "--framework: '\(function.framework.rawValue)': \(function.name) refuses these arrays: \(text)")
        }
    }
}
