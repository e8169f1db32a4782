import LossFunctions
import Platform

/// `eval --framework` and `eval --compare`: the command line turned into framework arrays and options.
struct FrameworkEvaluation {
    let loss: FrameworkLoss
    let inputs: FrameworkInputs
    let options: FrameworkOptions

    init(_ request: EvalRequest) throws {
        let loss = request.loss, parameters = request.parameters
        self.loss = FrameworkLoss.named(loss)
        var options = FrameworkOptions()
        options.reduction = request.reduction
        for parameter in LossParameter.all where parameter != .variance {
            guard let text = parameters[parameter] else { continue }
            guard FrameworkOption.parameters.contains(parameter) else {
                throw InputError("\(parameter.flag): '\(text)' is loss-plot's own parameter; no --framework function here takes it")
            }
            if parameter == .posWeight {
                options.posWeight = try Rows.parse(text, flag: parameter.flag).flatMap { $0 }
            } else {
                options[parameter] = try ArgumentValues.number(text, flag: parameter.flag)
            }
        }
        options.logInput = request.logInput
        options.full = request.full ? true : nil
        options.logTarget = request.logTarget ? true : nil
        options.sampleWeight = try request.sampleWeight.map(Self.sampleWeights)
        if let text = request.classWeight {
            options.classWeight = try Rows.parse(text, flag: "--class-weight").flatMap { $0 }
        }
        if let text = request.ignoreIndex {
            let index = try ArgumentValues.number(text, flag: "--ignore-index")
            guard index == index.rounded() else {
                throw InputError("--ignore-index: '\(text)' is not a whole number; a class index is an integer such as -100 or 0")
            }
            options.ignoreIndex = index
        }
        self.options = options
        let (target, pred) = try Self.targetAndPrediction(request.target, request.pred)
        inputs = FrameworkInputs(target: target, pred: pred,
                                 input2: try request.input2.map { try Self.array($0, flag: "--input2") },
                                 variance: try parameters[.variance].map { try Self.array($0, flag: "--var") })
    }

    /// The weights of `--sample-weight` in the shape given (each framework checks it against its loss).
    ///
    /// - Throws: ``InputError`` naming `--sample-weight` when a weight is not a finite number.
    static func sampleWeights(_ text: String) throws -> FrameworkArray {
        let weights = try array(text, flag: "--sample-weight")
        if let bad = weights.values.first(where: { !$0.isFinite }) {
            throw InputError("--sample-weight: \(ShortNumber.format(bad)) is not a finite weight")
        }
        return weights
    }

    /// The target and prediction arrays; two files are read on two threads (each copy out of its
    /// mapped file then has a core), the target's error being the one thrown when both fail.
    static func targetAndPrediction(_ target: String, _ pred: String) throws -> (FrameworkArray, FrameworkArray) {
        guard target.hasPrefix("@"), pred.hasPrefix("@") else {
            return (try array(target, flag: "--target"), try array(pred, flag: "--pred"))
        }
        return try Parallel.pair { i in
            i == 0 ? try array(target, flag: "--target") : try array(pred, flag: "--pred")
        }
    }

    /// One row is a 1-D array, rows separated by ';' a 2-D one; @FILE or - an array of any rank
    /// (`np.save`'s .npy, JSON nested to any depth, or np.savetxt's text).
    static func array(_ text: String, flag: String) throws -> FrameworkArray {
        // An empty argument is an empty batch, shape (0,): each framework answers it its own way.
        if text.allSatisfy(\.isWhitespace) { return FrameworkArray(vector: []) }
        if let array = try SampleSource(argument: text).array(flag: flag) {
            // A file of one value per line is a 1-D array, as np.loadtxt reads it; a .npy file or a
            // JSON array nested deeper keeps its shape, so each framework reduces over its own axes.
            return FrameworkArray(shape: array.shape, values: array.values)
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

    /// What the framework's function for another name of the loss returns, its refusal as a one-line error.
    func value(of equivalent: FrameworkEquivalent) throws -> FrameworkArray {
        do {
            return try equivalent.evaluate(inputs, options: options)
        } catch let error as FrameworkError {
            let text = error.description
            let function = equivalent.function
            throw InputError(text.hasPrefix("--") ? text : "--framework: '\(function.framework.rawValue)': \(function.name) refuses these arrays: \(text)")
        }
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
