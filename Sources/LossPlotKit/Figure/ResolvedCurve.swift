import LossFunctions
import Plotting

/// A curve spec checked and bound: the loss as a function of the swept input, and its look.
struct ResolvedCurve: Sendable {
    let spec: CurveSpec
    let curve: LossCurve
    let label: String
    /// The colour given for this curve; nil takes the palette's colour at `paletteIndex`.
    let color: Color?
    /// The curve's place in the palette's cycle.
    let paletteIndex: Int
    let lineStyle: LineStyle
    /// The line width in points.
    let width: Double
    /// The constant the loss and its derivative are multiplied by.
    let factor: Double
    /// A framework's function drawn instead of the exact loss.
    let framework: FrameworkCurve?

    /// Checks every field of the spec; `field` names it in errors ("curve 2 of 'huber'").
    init(_ spec: CurveSpec, index: Int, field: String) throws {
        let loss = spec.loss
        var parameters = ParameterValues()
        for declared in loss.parameters {
            let value = spec.value(of: declared.parameter) ?? declared.standard
            guard declared.range.contains(value) else {
                throw InputError("\(field): \(declared.parameter.name) \(ShortNumber.format(value)) is not allowed for \(loss.name); it must be \(declared.range.description)")
            }
            parameters[declared.parameter] = value
        }
        switch loss.kernel {
        case .pointwise:
            let target = spec.target ?? loss.figure.targets[0]
            guard loss.targetDomain.contains(target) else {
                throw InputError("\(field): target \(ShortNumber.format(target)) is outside the domain of \(loss.name); it must be \(loss.targetDomain.allowedValues)")
            }
            curve = LossCurve(loss, parameters: parameters, target: .scalar(target))
        case .row(let kernel) where kernel.target == .distribution:
            let q = spec.distribution ?? LossDefaults.distribution(for: loss)
            guard q.count >= 2, q.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
                throw InputError("\(field): distribution \(q.map(ShortNumber.format).joined(separator: ",")) must hold two or more probabilities in [0, 1]")
            }
            let rest = spec.rest ?? LossDefaults.rest(for: loss, count: q.count)
            guard rest.count == q.count - 1, rest.allSatisfy(\.isFinite) else {
                throw InputError("\(field): rest must hold \(q.count - 1) finite numbers, one per class after the first")
            }
            curve = LossCurve(loss, parameters: parameters, target: .row(.distribution(q)), rest: rest)
        case .row:
            let rest = spec.rest ?? LossDefaults.rest(for: loss, count: LossDefaults.classCount(for: loss))
            let target = spec.target ?? loss.figure.targets[0]
            guard rest.allSatisfy(\.isFinite), !rest.isEmpty else {
                throw InputError("\(field): rest must hold finite numbers")
            }
            try TargetChecks.checkClass(target, classes: rest.count + 1, field: "\(field): class", loss: loss)
            curve = LossCurve(loss, parameters: parameters, target: .row(.classIndex(Int(target))), rest: rest)
        }
        self.spec = spec
        label = spec.label ?? loss.name
        if let name = spec.color {
            guard let color = Color.named(name) else {
                throw InputError("\(field): unknown colour '\(name)'; use a matplotlib colour name (blue, gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb")
            }
            self.color = color
        } else {
            color = nil
        }
        paletteIndex = index
        if let name = spec.style {
            guard let style = LineStyle(name: name) else {
                throw InputError("\(field): unknown line style '\(name)'; use solid, dashed, dashdot or dotted")
            }
            lineStyle = style
        } else {
            lineStyle = .solid
        }
        width = spec.lineWidth ?? 1.5
        guard width.isFinite, width > 0, width <= PlotRequest.CurveLook.maxWidth else {
            throw InputError("\(field): lineWidth \(ShortNumber.format(width)) is not allowed; it must be a number of points above 0 and at most 100")
        }
        factor = spec.factor ?? 1
        guard factor.isFinite, factor > 0 else {
            throw InputError("\(field): factor \(ShortNumber.format(factor)) is not allowed; it must be a finite number above 0")
        }
        if let framework = spec.framework {
            self.framework = try FrameworkCurve(framework, curve: curve)
        } else {
            framework = nil
        }
    }
}

extension ResolvedCurve {
    /// The curve's losses (and first and second derivatives, when asked) at `xs`, times its factor.
    func evaluate(_ xs: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>,
                  first: UnsafeMutableBufferPointer<Double>?, second: UnsafeMutableBufferPointer<Double>?) {
        if let framework {
            framework.evaluate(xs, values: values)
            for buffer in [first, second].compactMap({ $0 }) { for i in buffer.indices { buffer[i] = .nan } }
        } else {
            curve.evaluate(xs, values: values, first: first, second: second)
        }
        guard factor != 1 else { return }
        for i in values.indices { values[i] *= factor }
        if let first { for i in first.indices { first[i] *= factor } }
        if let second { for i in second.indices { second[i] *= factor } }
    }

    /// The loss at one input, times the factor.
    func value(at x: Double) -> Double {
        guard let framework else { return factor * curve.value(at: x) }
        var v = Double.nan
        withUnsafePointer(to: x) { xp in
            withUnsafeMutablePointer(to: &v) { framework.evaluate(UnsafeBufferPointer(start: xp, count: 1), values: UnsafeMutableBufferPointer(start: $0, count: 1)) }
        }
        return factor * v
    }

    /// The derivative at one input, times the factor.
    func derivative(at x: Double) -> Double { framework == nil ? factor * curve.derivative(at: x) : .nan }

    /// The second derivative at one input, times the factor.
    func secondDerivative(at x: Double) -> Double { framework == nil ? factor * curve.secondDerivative(at: x) : .nan }
}
