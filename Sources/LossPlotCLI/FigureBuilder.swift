import LossFunctions
import Plotting

/// Turns a figure spec into a figure model: checks it, evaluates every curve over the sweep,
/// and lays the losses (and their derivatives, when asked) into panels.
public struct FigureBuilder: Sendable {
    public static let defaultSize = Size(640, 480)
    public static let defaultGradientSize = Size(1200, 480)
    public static let maxSamples = 100_000_000
    public static let maxPixels = 16384.0

    let spec: FigureSpec
    let curves: [ResolvedCurve]
    let sweep: Sweep

    /// Checks a spec; errors name the figure, the field and the value.
    public init(_ spec: FigureSpec) throws {
        let name = "figure '\(spec.name)'"
        guard spec.range.count == 2, spec.range.allSatisfy(\.isFinite) else {
            throw SpecError("\(name): range must be two finite numbers LO:HI")
        }
        guard spec.range[0] < spec.range[1] else {
            throw SpecError("\(name): range \(ShortNumber.format(spec.range[0])):\(ShortNumber.format(spec.range[1])) is empty; LO must be below HI")
        }
        guard spec.samples >= 2, spec.samples <= Self.maxSamples else {
            throw SpecError("\(name): samples \(spec.samples) is out of range; it must be from 2 to 100000000")
        }
        guard !spec.curves.isEmpty else { throw SpecError("\(name): no curves to draw") }
        for (field, limits) in [("xlim", spec.xLimits), ("ylim", spec.yLimits)] {
            guard let limits else { continue }
            guard limits.count == 2, limits.allSatisfy(\.isFinite), limits[0] < limits[1] else {
                throw SpecError("\(name): \(field) must be two finite numbers LO:HI with LO below HI")
            }
        }
        if let legend = spec.legend, LegendPosition(name: legend) == nil {
            throw SpecError("\(name): unknown legend position '\(legend)'; use one of \(LegendPosition.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let size = spec.size {
            guard size.count == 2, size.allSatisfy({ $0 >= 1 && $0 <= Self.maxPixels }) else {
                throw SpecError("\(name): size must be two numbers WxH from 1 to 16384")
            }
        }
        self.spec = spec
        curves = try spec.curves.enumerated().map { i, curve in
            try ResolvedCurve(curve, index: i, field: "\(name), curve \(i + 1)")
        }
        sweep = Sweep(spec.range[0], spec.range[1], count: spec.samples)
    }

    /// The figure's size under the given options.
    public func size(_ options: RenderOptions) -> Size {
        if let size = options.size { return size }
        if let size = spec.size { return Size(size[0], size[1]) }
        return spec.gradient == true ? Self.defaultGradientSize : Self.defaultSize
    }

    /// Evaluates the curves and builds the figure.
    public func figure(_ options: RenderOptions) -> Figure {
        let size = size(options)
        let gradient = spec.gradient == true
        let evaluator = SweepEvaluator(sweep: sweep, pixelWidth: Int((size.width * options.scale).rounded(.up)))
        var losses: [Series] = [], slopes: [Series] = []
        for resolved in curves {
            let samples = evaluator.evaluate(resolved.curve, derivative: gradient)
            losses.append(Series(label: resolved.label, xs: samples.xs, ys: samples.ys, color: resolved.color, lineStyle: resolved.lineStyle))
            if gradient {
                slopes.append(Series(label: resolved.label, xs: samples.dxs, ys: samples.dys, color: resolved.color, lineStyle: resolved.lineStyle))
            }
        }
        let xLimits = spec.xLimits.map { $0[0]...$0[1] }
        let legend = spec.legend.flatMap(LegendPosition.init(name:)) ?? .best
        var panels = [Panel(series: losses, title: gradient ? "loss" : nil, xLabel: spec.xLabel, yLabel: spec.yLabel ?? "loss",
                            xLimits: xLimits, yLimits: spec.yLimits.map { $0[0]...$0[1] }, legend: legend, grid: spec.grid == true)]
        if gradient {
            panels.append(Panel(series: slopes, title: "derivative", xLabel: spec.xLabel, yLabel: "d loss / d x",
                                xLimits: xLimits ?? panels[0].xView, legend: .none, grid: spec.grid == true))
        }
        return Figure(size: size, title: spec.title, panels: panels, columns: gradient ? 2 : 1, theme: options.theme)
    }
}
