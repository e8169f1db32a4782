import LossFunctions

extension LossText {
    /// What `loss-plot info LOSS` prints: one loss in full, with the commands that draw it.
    public static func info(_ loss: LossDefinition) -> String {
        var out = "\(loss.name)" + (loss.aliases.isEmpty ? "" : " (also \(loss.aliases.joined(separator: ", ")))") + "\n"
        out += "family:       \(loss.family.rawValue)\n"
        out += "formula:      \(loss.formula)\n"
        out += "x:            \(loss.x)\n"
        out += "domain:       \(LossText.domain(loss))\n"
        out += "parameters:   \(loss.parameters.isEmpty ? "none" : LossText.parameters(loss))\n"
        out += "properties (at the default parameters and target):\n"
        for line in LossText.properties(loss.properties(loss.standardValues, LossDefaults.target(for: loss))) { out += "  \(line)\n" }
        if let notes = loss.derivativeNotes { out += "derivatives:  \(notes)\n" }
        out += "conventions:  \(loss.conventions)\n"
        out += "source:       \(loss.source)\n"
        let functions = Framework.having(loss)
        let equivalents = Framework.allCases.compactMap { $0.equivalent(to: FrameworkLoss(loss)) }
        out += "frameworks:   " + (functions.isEmpty && equivalents.isEmpty ? "none of Keras, PyTorch, optax, MLX and scikit-learn has it" : "") + "\n"
        for function in functions {
            out += "  \(function.framework.displayName): \(function.call); \(function.note)\n"
        }
        for equivalent in equivalents {
            out += "  \(equivalent.function.framework.displayName) (no such name): \(equivalent.function.call); \(equivalent.convention)\n"
        }
        out += "draw it:      \(LossDefaults.command(for: loss))\n"
        out += "              loss-plot \(loss.name) --derivative 1,2 --out \(loss.name)-derivatives.png\n"
        out += "numbers:      loss-plot \(loss.name) --derivative 1,2 --out \(loss.name).csv\n"
        return out
    }
}
