import LossFunctions
import Plotting

/// A curve spec checked and bound: the loss as a function of the swept input, and its look.
struct ResolvedCurve: Sendable {
    let spec: CurveSpec
    let curve: LossCurve
    let label: String
    let color: Color
    let lineStyle: LineStyle

    /// Checks every field of the spec; `field` names it in errors ("curve 2 of 'huber'").
    init(_ spec: CurveSpec, index: Int, field: String) throws {
        let kind = try LossLookup.kind(named: spec.loss, field: "\(field): loss")
        var parameters = LossParameters()
        for parameter in kind.parameters {
            let value = spec.value(of: parameter) ?? LossDefaults.values(of: parameter, for: kind)[0]
            guard parameter.accepts(value) else {
                throw SpecError("\(field): \(parameter.rawValue) \(ShortNumber.format(value)) is not allowed for \(kind.rawValue); it must be \(parameter.allowedValues)")
            }
            parameter.set(value, in: &parameters)
        }
        switch kind.family {
        case .elementwise:
            let target = spec.target ?? LossDefaults.targets(for: kind)[0]
            guard kind.targetDomain.contains(target) else {
                throw SpecError("\(field): target \(ShortNumber.format(target)) is outside the domain of \(kind.rawValue); it must be \(kind.targetDomain.allowedValues)")
            }
            curve = LossCurve(kind, parameters: parameters, target: .scalar(target))
        case .distribution(_, .distribution):
            let q = spec.distribution ?? LossDefaults.distribution(for: kind)
            guard q.count >= 2, q.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                throw SpecError("\(field): distribution \(q.map(ShortNumber.format).joined(separator: ",")) must hold two or more probabilities in [0, 1]")
            }
            let rest = spec.rest ?? LossDefaults.rest(for: kind, count: q.count)
            guard rest.count == q.count - 1, rest.allSatisfy(\.isFinite) else {
                throw SpecError("\(field): rest must hold \(q.count - 1) finite numbers, one per class after the first")
            }
            curve = LossCurve(kind, parameters: parameters, target: .row(.distribution(q)), rest: rest)
        case .distribution(_, .classIndex):
            let rest = spec.rest ?? LossDefaults.rest(for: kind, count: kind.family == .distribution(input: .logits, target: .classIndex) ? 3 : 2)
            let target = spec.target ?? LossDefaults.targets(for: kind)[0]
            guard rest.allSatisfy(\.isFinite), !rest.isEmpty else {
                throw SpecError("\(field): rest must hold finite numbers")
            }
            guard target >= 0, target == target.rounded(), target <= Double(rest.count) else {
                throw SpecError("\(field): class \(ShortNumber.format(target)) is out of range; the row has \(rest.count + 1) classes, 0 to \(rest.count)")
            }
            curve = LossCurve(kind, parameters: parameters, target: .row(.classIndex(Int(target))), rest: rest)
        }
        self.spec = spec
        label = spec.label ?? kind.rawValue
        if let name = spec.color {
            guard let color = Color.named(name) else {
                throw SpecError("\(field): unknown colour '\(name)'; use a name (blue, red, green, black, orange, purple) or #rrggbb")
            }
            self.color = color
        } else {
            color = Color.palette[index % Color.palette.count]
        }
        if let name = spec.style {
            guard let style = LineStyle(name: name) else {
                throw SpecError("\(field): unknown line style '\(name)'; use solid, dashed, dash-dot or dotted")
            }
            lineStyle = style
        } else {
            lineStyle = .solid
        }
    }
}
