import Testing
import LossFunctions

/// One configuration of a loss to check: its parameters and target, for every loss of the
/// catalog at its library defaults and at each of its figure's values.
struct CatalogCase: Sendable, CustomTestStringConvertible {
    let loss: LossDefinition
    let parameters: ParameterValues
    let target: CurveTarget
    let rest: [Double]

    var testDescription: String {
        let values = loss.parameters.map { "\($0.parameter.name) \(parameters[$0.parameter])" }
        return ([loss.name] + values + ["target \(target)"]).joined(separator: ", ")
    }

    var curve: LossCurve { LossCurve(loss, parameters: parameters, target: target, rest: rest) }

    /// Every loss at its standard parameters and at each figure value, against each figure target.
    static let all: [CatalogCase] = Catalog.all.flatMap(cases(for:))

    static func cases(for loss: LossDefinition) -> [CatalogCase] {
        var settings = [loss.standardValues]
        for spec in loss.parameters {
            for v in spec.figureValues where v != spec.standard {
                var p = loss.standardValues
                p[spec.parameter] = v
                settings.append(p)
            }
        }
        let targets: [CurveTarget]
        let rest: [Double]
        if let kernel = loss.rowKernel {
            if kernel.target == .classIndex {
                rest = loss.figure.rest ?? [kernel.input == .logits ? 0 : 1]
                targets = loss.figure.targets.map { .row(.classIndex(Int($0))) }
            } else {
                let q = loss.figure.distribution ?? [0.3, 0.7]
                rest = loss.figure.rest ?? Array(repeating: kernel.input == .logits ? 0 : 1, count: q.count - 1)
                targets = [.row(.distribution(q))]
            }
        } else {
            rest = [1]
            targets = loss.figure.targets.map { .scalar(loss.targetDomain == .label && $0 == 0 ? -1 : $0) }
        }
        return settings.flatMap { p in targets.map { CatalogCase(loss: loss, parameters: p, target: $0, rest: rest) } }
    }

    /// The open interval where the swept input is defined.
    var domain: (lower: Double, upper: Double) {
        if let kernel = loss.rowKernel { return kernel.input == .probabilities ? (0, 1) : (-.infinity, .infinity) }
        switch loss.inputDomain {
        case .real: return (-.infinity, .infinity)
        case .aboveMinusOne: return (-1, .infinity)
        case .nonNegative, .positive: return (0, .infinity)
        case .probability: return (0, 1)
        case .nonPositive: return (-.infinity, 0)
        }
    }

    /// Evenly spaced inputs over [lo, hi] clipped to the domain's interior.
    func grid(_ lo: Double, _ hi: Double, count: Int) -> [Double] {
        let (a, b) = domain
        let inset = 1e-9 * max(1, hi - lo)
        let l = max(lo, a.isFinite ? a + inset : lo), h = min(hi, b.isFinite ? b - inset : hi)
        guard l < h else { return [] }
        return (0..<count).map { l + (h - l) * Double($0) / Double(count - 1) }
    }

    /// The figure's range, or [-2, 2], inside the domain: where the loss is looked at.
    var small: [Double] {
        let r = loss.figure.range ?? [-2, 2]
        return grid(min(r[0], -2), max(r[1], 2), count: 4001)
    }

    /// A wider range, [-50, 50] inside the domain, where bends of scale-1 losses show.
    var medium: [Double] { grid(-50, 50, count: 20001) }

    /// Points going out towards each end of the domain: three decades apart, for limits.
    var tails: [[Double]] {
        let (a, b) = domain
        var out: [[Double]] = []
        let steps: [Double] = [1, 1e3, 1e6, 1e12]
        let gaps: [Double] = [1e-2, 1e-5, 1e-8, 1e-12]
        out.append(a.isFinite ? gaps.map { a + $0 } : steps.map { -$0 })
        out.append(b.isFinite ? gaps.map { b - $0 } : steps.map { $0 })
        if a.isFinite && !b.isFinite { out[1] = steps }
        if b.isFinite && !a.isFinite { out[0] = steps.map { -$0 } }
        return out
    }
}
