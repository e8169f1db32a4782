import Platform
import Formula
import LossFunctions

extension LossText {
    /// What `loss-plot info --expr FORMULA` prints: the formula's properties checked on a grid over
    /// `range` at target `target` (0, or 1 for a formula of the margin), once per parameter combination.
    public static func formulaInfo(_ loss: FormulaLoss, range: [Double], target: Double?) -> String {
        let t = target ?? (loss.formula.variables.contains(.m) ? 1 : 0)
        // Grid values to a few significant digits: the grid's spacing is (HI - LO) / 20000.
        func g(_ value: Double, _ digits: Int = 4) -> String { String(printf: "%.\(digits)g", value) }
        var out = "formula:      \(loss.formula.text)\n"
        let reads = Variable.allCases.filter(loss.formula.variables.contains).map { variable -> String in
            switch variable {
            case .x: "x (the prediction)"
            case .t: "t (the target)"
            case .r: "r = x - t"
            case .m: "m = t*x"
            }
        }
        out += "reads:        \(reads.isEmpty ? "no variable (a constant)" : reads.joined(separator: ", "))\n"
        out += "checked on:   x in [\(ShortNumber.format(range[0])), \(ShortNumber.format(range[1]))] at t = \(ShortNumber.format(t)), \(FormulaCheck.points) points: checked numerically on the range, not proven\n"
        out += "derivatives:  exact, by forward-mode automatic differentiation (second-order dual numbers)\n"
        for combination in loss.combinations {
            let definition = loss.loss(at: combination)
            guard case .pointwise(let kernel) = definition.kernel else { continue }
            let check = FormulaCheck(kernel: kernel, target: t, range: range)
            let indent = combination.isEmpty ? "" : "  "
            if !combination.isEmpty {
                out += "at " + loss.formula.usedParameters.map { "\($0) = \(ShortNumber.format(combination[$0] ?? .nan))" }.joined(separator: ", ") + ":\n"
            }
            let negative = check.negativeCurvature
            let spans = negative.map { "[\(g($0.0)), \(g($0.1))]" }
            out += indent + "convex:       " + (check.convex ? "yes (the second derivative is >= 0 at every point)" :
                negative.isEmpty ? "unknown (the second derivative is NaN everywhere)" :
                "no: the second derivative (a boosting library's Hessian) is negative on \(spans.prefix(4).joined(separator: ", "))\(spans.count > 4 ? " and \(spans.count - 4) more" : "")") + "\n"
            if let minimum = check.minimum {
                out += indent + "minimum:      \(g(minimum.value, 6)) at x = \(g(minimum.x))\n"
            }
            if let maximum = check.maximum {
                let flat = check.properties.bounded != nil
                out += indent + "largest:      \(g(maximum, 6)) on the range" + (flat ? " (the slope is near 0 at both ends: bounded, it seems)" : " (still growing at an end: unbounded, it seems)") + "\n"
            }
            out += indent + "Lipschitz:    \(g(check.lipschitz, 6)) on the range (the largest |slope|)\n"
            out += indent + "symmetric:    " + (check.symmetric ? "yes, about the target (f(t + u) = f(t - u))" : "no") + "\n"
            let undefined = check.properties
            if !undefined.differentiable || !undefined.twiceDifferentiable || !check.finite {
                out += indent + "undefined:    the value or a derivative is NaN or infinite somewhere on the range\n"
            }
        }
        let parameters = loss.formula.usedParameters.map { name in
            " --param \(name)=" + (loss.values[name] ?? []).map(ShortNumber.format).joined(separator: ",")
        }.joined()
        out += "draw it:      loss-plot --expr '\(loss.formula.text)'\(parameters) --range \(ShortNumber.format(range[0])):\(ShortNumber.format(range[1])) --derivative 1,2 --out formula.png\n"
        return out
    }
}
