import LossFunctions

/// How the catalog's facts read for people, shared by `list` and `info`.
public enum LossText {
    /// `--delta (default 1; figure 0.25,0.5,1,2; (0, inf))`, for each parameter.
    static func parameters(_ loss: LossDefinition) -> String {
        loss.parameters.map { p in
            let figure = p.figureValues.map(ShortNumber.format).joined(separator: ",")
            let shown = p.figureValues == [p.standard] ? "" : "; figure \(figure)"
            return "\(p.parameter.flag) (default \(ShortNumber.format(p.standard))\(shown); \(p.range.notation))"
        }.joined(separator: "; ")
    }

    /// The domain in words.
    static func domain(_ loss: LossDefinition) -> String {
        switch loss.rowKernel.map({ ($0.input, $0.target) }) {
        case (.logits, .distribution)?: "logits z (any real); target distribution q; the sweep moves z_0, --rest fixes the others"
        case (.logits, .classIndex)?: "logits z (any real); target class k; the sweep moves z_0"
        case (.probabilities, .distribution)?: "probabilities p = (s, (1 - s) rest/sum(rest)); target distribution q"
        case (.probabilities, .classIndex)?: "probabilities p = (s, (1 - s) rest/sum(rest)); target class k"
        case nil: "x: \(loss.inputDomain.description); target: \(loss.targetDomain.allowedValues)"
        }
    }

    /// Each declared property with a word on what it means.
    static func properties(_ p: LossProperties) -> [String] {
        var lines = [
            "convex: " + (p.convex ? "yes (every chord lies on or above the curve)" : "no (some chord dips below the curve)"),
            "strictly convex: \(yes(p.strictlyConvex))\(p.convex && !p.strictlyConvex ? " (it has flat or straight parts)" : "")",
            "Lipschitz: " + (p.lipschitz.map { "yes, constant \(ShortNumber.format($0)) (the largest |slope|)" } ?? "no (the slope is unbounded)"),
            "bounded: " + (p.bounded.map { "yes, supremum \(ShortNumber.format($0))" } ?? "no (the loss grows without bound)"),
            "differentiable: \(yes(p.differentiable))\(p.differentiable ? "" : " (the slope jumps at a kink)")",
            "twice differentiable: \(yes(p.twiceDifferentiable))\(p.differentiable && !p.twiceDifferentiable ? " (the curvature jumps)" : "")",
        ]
        if let s = p.symmetric { lines.append("symmetric: " + (s ? "yes (f(-r) = f(r))" : "no (f(-r) differs from f(r))")) }
        if let c = p.classificationCalibrated {
            lines.append("classification-calibrated: \(yes(c)) (minimising it recovers the Bayes sign; Bartlett, Jordan and McAuliffe 2006)")
        }
        return lines
    }

    private static func yes(_ b: Bool) -> String { b ? "yes" : "no" }
}
