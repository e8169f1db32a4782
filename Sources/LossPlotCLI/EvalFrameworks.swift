import LossFunctions

/// `eval --framework F` and `eval --compare`, kept apart from eval's own Keras-convention formula.
extension EvalCommand {
    /// What eval prints in framework mode: the framework's values one per line, or the comparison table.
    func frameworkOutput() throws -> String {
        if let epsilon {
            throw CommandError("--epsilon: '\(epsilon)' sets loss-plot's own clipping; with --framework each framework clips as it does")
        }
        if frameworks.json, !frameworks.compare { throw CommandError("--json: only with --compare") }
        if frameworks.compare, let framework = frameworks.framework {
            throw CommandError("--framework: '\(framework.rawValue)' with --compare; --compare runs every framework, so give one or the other")
        }
        let evaluation = try FrameworkEvaluation(loss: loss, target: target, pred: pred, reduction: reductionText,
                                                 parameters: parameters, flags: frameworks)
        guard let framework = frameworks.framework else {
            let comparison = try FrameworkComparison(evaluation, exact: exactValues())
            return frameworks.json ? comparison.json : comparison.text
        }
        let value = try evaluation.value(of: try evaluation.function(of: framework))
        return value.values.map(ShortNumber.format).joined(separator: "\n")
    }

    /// loss-plot's own formula without clipping, when its catalog has the loss and takes these arrays.
    private func exactValues() -> [Double]? {
        var exact = self
        guard let unset = try? ParameterFlags.parse([]) else { return nil }
        exact.parameters = unset
        exact.epsilon = "0"
        return try? exact.compute()
    }
}
