import LossPlotKit
import LossFunctions

/// `--expr FORMULA` and `--param NAME=VALUES`: formulas as losses.
enum FormulaFlags {
    /// The losses of the formulas, one per combination of their parameters' values, in order.
    ///
    /// - Throws: ``InputError`` naming `--param` (a bad NAME=VALUES, a name given twice, a name no
    ///   formula reads) or `--expr` (the formula's problem and column).
    static func losses(_ formulas: [String], parameters: [String], labels: [String]?, geometric: Bool) throws -> [LossDefinition] {
        try compiled(formulas, parameters: parameters, labels: labels, geometric: geometric).flatMap(\.losses)
    }

    /// One formula with its parameters, for eval.
    static func formula(_ text: String, parameters: [String]) throws -> FormulaLoss {
        try compiled([text], parameters: parameters, labels: nil, geometric: false)[0]
    }

    static func compiled(_ formulas: [String], parameters: [String], labels: [String]?, geometric: Bool) throws -> [FormulaLoss] {
        var declared: [(name: String, values: [Double])] = []
        for text in parameters {
            guard let equals = text.firstIndex(of: "=") else {
                throw InputError("--param: '\(text)' is not NAME=VALUES (e.g. c=0.5,1,2 or c=0.1:5:12)")
            }
            let name = text[..<equals].trimmingWhitespace()
            guard !declared.contains(where: { $0.name == name }) else { throw InputError("--param: '\(name)' is given twice") }
            if let problem = FormulaHelp.reserved(name) { throw InputError("--param: '\(name)' \(problem)") }
            let values = try ArgumentValues.list(String(text[text.index(after: equals)...]), flag: "--param \(name)", geometric: geometric, allowInfinity: false)
            declared.append((name, values))
        }
        guard !formulas.isEmpty else {
            if let first = declared.first { throw InputError("--param: '\(first.name)' is a parameter of --expr formulas, and no --expr is given") }
            return []
        }
        let compiled = try formulas.enumerated().map { i, text in
            try FormulaLoss(text, label: labels?[i], parameters: declared)
        }
        for (name, _) in declared where !compiled.contains(where: { $0.formula.usedParameters.contains(name) }) {
            throw InputError("--param: no --expr formula reads '\(name)'")
        }
        return compiled
    }
}
