import LossFunctions

/// `eval --framework F` and `eval --compare`, kept apart from eval's own Keras-convention formula.
extension EvalRun {
    /// What eval prints in framework mode: the framework's values one per line, or the comparison table.
    /// What the framework returns (or the comparison table), before it is printed.
    func frameworkResult() throws -> EvalResult {
        if let epsilon = request.epsilon {
            throw InputError("--epsilon: '\(ShortNumber.format(epsilon))' sets loss-plot's own clipping; with --framework each framework clips as it does")
        }
        if request.json, !request.compare { throw InputError("--json: only with --compare") }
        if request.compare, let framework = request.framework {
            throw InputError("--framework: '\(framework.rawValue)' with --compare; --compare runs every framework, so give one or the other")
        }
        let evaluation = try FrameworkEvaluation(request)
        guard let framework = request.framework else {
            let comparison = try FrameworkComparison(evaluation, exact: exactValues())
            FigureOutput.warn(comparison.rows.flatMap { $0.function.warnings(for: evaluation.inputs, options: evaluation.options) })
            return EvalResult(table: request.json ? comparison.json : comparison.text)
        }
        if let equivalent = framework.equivalent(to: evaluation.loss) {
            let value = try evaluation.value(of: equivalent)
            FigureOutput.warn([equivalent.notice(for: evaluation.loss)] + equivalent.function.warnings(for: evaluation.inputs, options: evaluation.options))
            return EvalResult(framework: value)
        }
        let function = try evaluation.function(of: framework)
        let value = try evaluation.value(of: function)
        FigureOutput.warn(function.warnings(for: evaluation.inputs, options: evaluation.options))
        return EvalResult(framework: value)
    }

    /// One value per line; an empty result (an empty batch left unreduced) as [].
    static func printed(_ value: FrameworkArray) -> String {
        value.count == 0 ? "[]" : value.values.map(ShortNumber.format).joined(separator: "\n")
    }

    /// loss-plot's own formula without clipping, when its catalog has the loss and takes these arrays.
    private func exactValues() -> [Double]? {
        var exact = request
        exact.epsilon = 0
        guard let text = request.sampleWeight else { return try? EvalRun(exact).compute() }
        // With weights, the mathematical weighted mean Σ wᵢ lᵢ / Σ wᵢ (the sum and the weighted values
        // under the other reductions), beside each framework's own denominator.
        exact.sampleWeight = nil
        exact.reduction = "none"
        guard var losses = try? EvalRun(exact).compute() else { return nil }
        if losses.count == 1, !exact.target.contains(";"), !exact.pred.contains(";"), !exact.pred.hasPrefix("@"), exact.pred != "-" {
            // One row of values weighted per element (PyTorch's weight=): the weighted mean of the elements.
            exact.target = exact.target.replacing(",", with: ";")
            exact.pred = exact.pred.replacing(",", with: ";")
            losses = (try? EvalRun(exact).compute()) ?? losses
        }
        guard let weights = try? EvalRun.sampleWeights(text, samples: losses.count) else { return nil }
        let weighted = zip(weights, losses).map { $0 * $1 }
        switch request.reduction ?? "mean" {
        case "none": return weighted
        case "sum": return [weighted.reduce(0, +)]
        default: return [weighted.reduce(0, +) / weights.reduce(0, +)]
        }
    }
}
