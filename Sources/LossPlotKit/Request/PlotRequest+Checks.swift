import LossFunctions
import Plotting

extension PlotRequest.Axes {
    /// Sets the spec's scales and furniture; errors name the flag and the value.
    func apply(to spec: inout FigureSpec) throws {
        if let linthresh {
            guard xScale == "symlog" || yScale == "symlog" else {
                throw InputError("--linthresh: '\(ShortNumber.format(linthresh))' is read by a symlog axis only; add --xscale symlog or --yscale symlog")
            }
            spec.linthresh = linthresh
        }
        spec.xScale = xScale
        spec.yScale = yScale
        let scales = [("--xlim", spec.xLimits, xScale, "x"), ("--ylim", spec.yLimits, yScale, "y")]
        for (flag, limits, name, axis) in scales {
            guard let limits, let name, let scale = AxisScale(name: name), !limits.allSatisfy(scale.shows) else { continue }
            let text = limits.map(ShortNumber.format).joined(separator: ":")
            throw InputError("\(flag): '\(text)' cannot be shown on a \(name) \(axis) axis, which shows \(scale.domainDescription) only")
        }
        if !hLines.isEmpty { spec.hLines = hLines }
        if !vLines.isEmpty { spec.vLines = vLines }
        if !spans.isEmpty { spec.spans = spans }
    }
}

extension PlotRequest.CurveLook {
    /// The widest line allowed, in points.
    public static let maxWidth = 100.0

    /// Sets each curve's look: one value for all curves, or one per curve in order.
    func apply(to curves: inout [CurveSpec]) throws {
        let count = curves.count
        if let palette, !colors.isEmpty {
            throw InputError("--palette: '\(palette)' colours no curve, since --color gives every curve its colour; give one or the other")
        }
        func each<T>(_ values: [T], flag: String, _ set: (inout CurveSpec, T) -> Void) throws {
            guard !values.isEmpty else { return }
            guard values.count == 1 || values.count == count else {
                throw InputError("\(flag): \(values.count) values given for \(count) curves; give one for all curves or one per curve, in order")
            }
            for i in curves.indices { set(&curves[i], values.count == 1 ? values[0] : values[i]) }
        }
        try each(colors, flag: "--color") { $0.color = $1 }
        try each(lineStyles, flag: "--linestyle") { $0.style = $1 }
        try each(lineWidths, flag: "--linewidth") { $0.lineWidth = $1 }
        try each(factors, flag: "--factor") { $0.factor = $1 }
    }
}

extension PlotRequest {
    /// The values bound to each loss, one dictionary per loss, each checked against that loss:
    /// errors name the binding (`tukey:gamma`) and the value.
    func checkedLossParameters() throws -> [[LossParameter: [Double]]] {
        guard !lossParameters.isEmpty else { return losses.map { _ in [:] } }
        guard lossParameters.count == losses.count else {
            throw InputError("\(lossParameters.count) sets of loss parameters given for \(losses.count) losses; give one per loss")
        }
        for (loss, bound) in zip(losses, lossParameters) {
            for (parameter, values) in bound.sorted(by: { $0.key < $1.key }) {
                let argument = "\(loss.name):\(parameter.name)"
                guard let spec = loss.spec(for: parameter) else {
                    let takes = loss.parameters.map(\.parameter.name).joined(separator: ", ")
                    throw InputError("\(argument): \(loss.name) takes no \(parameter.name); " + (takes.isEmpty ? "it takes no parameters" : "it takes \(takes)"))
                }
                for value in values where !spec.range.contains(value) {
                    throw InputError("\(argument): '\(ShortNumber.format(value))' is not allowed; it must be \(spec.range.description)")
                }
            }
        }
        // A flag whose every loss has its own binding would change nothing.
        for (parameter, values) in parameters.sorted(by: { $0.key < $1.key }) {
            let takers = losses.indices.filter { losses[$0].spec(for: parameter) != nil }
            if !takers.isEmpty, takers.allSatisfy({ lossParameters[$0][parameter] != nil }) {
                let bindings = takers.map { "\(losses[$0].name):\(parameter.name)=..." }.joined(separator: ", ")
                throw InputError("\(parameter.flag): '\(values.map(ShortNumber.format).joined(separator: ","))' changes nothing: every loss that takes \(parameter.name) has its own (\(bindings))")
            }
        }
        return lossParameters
    }
}
