import Platform
import LossFunctions
import Plotting

/// Turns a figure spec into a figure model: checks it, evaluates every curve over the sweep,
/// and lays the losses (and their derivatives, when asked) into panels.
public struct FigureBuilder: Sendable {
    /// matplotlib's default figure, 6.4 x 4.8 inches at 100 dpi, in pixels.
    public static let defaultSize = Size(640, 480)
    /// The size of a figure with one derivative panel beside the loss.
    public static let defaultGradientSize = Size(1200, 480)
    /// The size of a figure with both derivative panels beside the loss.
    public static let defaultTwoDerivativeSize = Size(1500, 480)
    /// The most samples a sweep takes.
    public static let maxSamples = 100_000_000
    /// The longest side of an image, in device pixels.
    public static let maxPixels = 16384.0

    let spec: FigureSpec
    let curves: [ResolvedCurve]
    /// The colours curves without their own take in turn.
    let palette: CurvePalette
    let sweep: SweepPoints
    let xScale: AxisScale
    let yScale: AxisScale
    /// The part of the sweep the x scale shows.
    let shownWindow: ClosedRange<Double>
    /// Things drawn otherwise than asked (a range a log axis shows only part of), one line each.
    public let warnings: [String]

    /// Checks a spec; errors name the figure, the field and the value.
    public init(_ spec: FigureSpec) throws {
        let name = "figure '\(spec.name)'"
        guard spec.range.count == 2, spec.range.allSatisfy(\.isFinite) else {
            throw InputError("\(name): range must be two finite numbers LO:HI")
        }
        guard spec.range[0] < spec.range[1] else {
            throw InputError("\(name): range \(ShortNumber.format(spec.range[0])):\(ShortNumber.format(spec.range[1])) is empty; LO must be below HI")
        }
        let width = spec.range[1] - spec.range[0]
        guard width.isFinite, width >= max(abs(spec.range[0]), abs(spec.range[1])) * 1e-12 else {
            throw InputError("\(name): range \(ShortNumber.format(spec.range[0])):\(ShortNumber.format(spec.range[1])) cannot be drawn; HI - LO must be finite and at least 1e-12 of |LO| and |HI|")
        }
        guard spec.samples >= 2, spec.samples <= Self.maxSamples else {
            throw InputError("\(name): samples \(spec.samples) is out of range; it must be from 2 to 100000000")
        }
        guard !spec.curves.isEmpty else { throw InputError("\(name): no curves to draw") }
        for (field, limits) in [("xlim", spec.xLimits), ("ylim", spec.yLimits)] {
            guard let limits else { continue }
            guard limits.count == 2, limits.allSatisfy(\.isFinite), limits[0] < limits[1], (limits[1] - limits[0]).isFinite else {
                throw InputError("\(name): \(field) must be two finite numbers LO:HI with LO below HI and HI - LO finite")
            }
        }
        if let legend = spec.legend, LegendPosition(name: legend) == nil {
            throw InputError("\(name): unknown legend position '\(legend)'; use one of \(LegendPosition.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let size = spec.size {
            guard size.count == 2, size.allSatisfy({ $0 >= 1 && $0 <= Self.maxPixels }) else {
                throw InputError("\(name): size must be two numbers WxH from 1 to 16384")
            }
        }
        if let columns = spec.columns, columns < 1 || columns > 100 {
            throw InputError("\(name): columns \(columns) is out of range; it must be from 1 to 100")
        }
        if let orders = spec.derivatives, let bad = orders.first(where: { $0 != 1 && $0 != 2 }) {
            throw InputError("\(name): derivative order \(bad) is not drawn; use 1, 2 or both")
        }
        let faceted = spec.curves.contains { $0.panel != nil }
        if spec.curves.contains(where: { $0.framework != nil }) && !spec.derivativeOrders.isEmpty {
            throw InputError("\(name): framework curves are values only; draw the derivatives in a figure without them")
        }
        if faceted && !spec.derivativeOrders.isEmpty {
            throw InputError("\(name): small multiples (panels) and a gradient panel cannot be combined; draw the derivatives in a figure of their own")
        }
        if let bar = spec.colorBar {
            guard bar.range.count == 2, bar.range.allSatisfy(\.isFinite), bar.range[0] <= bar.range[1] else {
                throw InputError("\(name): colorBar range must be two finite numbers, lower first")
            }
        }
        // The command line and manifests refuse bad maths first, naming the flag or field.
        try MathChecks.check(spec, name)
        self.spec = spec
        // In small multiples a label keeps its colour from panel to panel.
        let labels = spec.curves.map { $0.label ?? $0.loss.name }
        var firstIndex: [String: Int] = [:]
        for label in labels where firstIndex[label] == nil { firstIndex[label] = firstIndex.count }
        curves = try spec.curves.enumerated().map { i, curve in
            try ResolvedCurve(curve, index: faceted ? firstIndex[labels[i]]! : i, field: "\(name), curve \(i + 1)")
        }
        (xScale, yScale) = try Self.checkAxes(spec, name: name)
        sweep = SweepPoints(spec.range[0], spec.range[1], count: spec.samples, scale: xScale)
        let shown = try Self.shownPart(of: sweep, name: name)
        shownWindow = shown.window
        var warnings = shown.warning.map { [$0] } ?? []
        // A framework that has a curve's loss only under another name: which function drew it, and how (once each).
        for notice in curves.compactMap(\.framework?.notice) where !warnings.contains(notice) { warnings.append(notice) }
        if let paletteName = spec.palette {
            guard let palette = CurvePalette.named(paletteName) else {
                throw InputError("\(name): palette '\(paletteName)' is not known; use \(CurvePalette.namesText)")
            }
            self.palette = palette
        } else {
            palette = .standard
        }
        let cycled = curves.filter { $0.color == nil }.map(\.paletteIndex)
        if let last = cycled.max(), last >= palette.colors.count {
            let longest = CurvePalette.all.max { $0.colors.count < $1.colors.count }!
            let instead = palette == longest ? "" : ", or the \(longest.name) palette (\(longest.colors.count) colours)"
            warnings.append("palette \(palette.name) has \(palette.colors.count) colours for \(last + 1) curves, so colours repeat from curve \(palette.colors.count + 1); give each curve its own colour (--color)\(instead)")
        }
        self.warnings = warnings
    }

    /// The panels' titles in order of first appearance, for small multiples; empty otherwise.
    var panelTitles: [String] {
        var titles: [String] = []
        for curve in spec.curves {
            guard let panel = curve.panel else { continue }
            if !titles.contains(panel) { titles.append(panel) }
        }
        return titles
    }

    /// How many panels a row holds.
    var columns: Int {
        let orders = spec.derivativeOrders
        if !orders.isEmpty { return 1 + orders.count }
        let count = panelTitles.count
        return spec.columns ?? max(1, Int(Double(count).squareRoot().rounded(.up)))
    }

    /// The figure's size under the given options.
    public func size(_ options: RenderOptions) -> Size {
        if let size = options.size { return size }
        if let size = spec.size { return Size(size[0], size[1]) }
        switch spec.derivativeOrders.count {
        case 1: return Self.defaultGradientSize
        case 2: return Self.defaultTwoDerivativeSize
        default: break
        }
        let count = panelTitles.count
        guard count > 1 else { return Self.defaultSize }
        let rows = (count + columns - 1) / columns
        return Size(max(640, Double(columns) * 330 + 60), max(480, Double(rows) * 270 + 80))
    }

    /// Evaluates the curves and builds the figure.
    public func figure(_ options: RenderOptions) -> Figure {
        let size = size(options)
        let orders = spec.derivativeOrders
        let pixelWidth = options.decimation ? Int((size.width * options.scale).rounded(.up)) : Int.max / 8
        let xLimits = spec.xLimits.map { $0[0]...$0[1] }
        let yLimits = spec.yLimits.map { $0[0]...$0[1] }
        // M4's columns cover what is visible: the x limits, or the part of the sweep the axis shows.
        let progress = options.progress ? SharedProgress.make(ProgressBar(total: sweep.count * curves.count, label: "samples")) : nil
        let evaluator = SweepEvaluator(sweep: sweep, pixelWidth: pixelWidth, window: xLimits ?? shownWindow, yScale: yScale, progress: progress)
        defer { evaluator.progress?.finish() }
        var losses: [Series] = []
        var slopes: [[Series]] = orders.map { _ in [] }
        // Large sweeps evaluate their curves on every core; small ones are not worth a thread.
        let evaluated = Parallel.map(curves, parallel: sweep.count >= 100_000) { evaluator.evaluate($0, orders: orders) }
        let cycle = palette.colors(on: options.theme)
        for (resolved, samples) in zip(curves, evaluated) {
            let color = resolved.color ?? cycle[resolved.paletteIndex % cycle.count]
            losses.append(Series(label: resolved.label, xs: samples.xs, ys: samples.ys, color: color,
                                 lineStyle: resolved.lineStyle, width: resolved.width))
            for (k, d) in samples.derivatives.enumerated() {
                slopes[k].append(Series(label: resolved.label, xs: d.xs, ys: d.ys, color: color,
                                        lineStyle: resolved.lineStyle, width: resolved.width))
            }
        }
        let legend = spec.legend.flatMap(LegendPosition.init(name:)) ?? (spec.colorBar == nil ? .best : .none)
        let grid = spec.grid == true
        let yLabel = spec.yLabel ?? "loss"
        var panels: [Panel]
        let titles = panelTitles
        if !titles.isEmpty {
            // Small multiples: shared axes, one legend, labels on the outer panels only.
            let all = Panel(series: losses, xLimits: xLimits, yLimits: yLimits, xScale: xScale, yScale: yScale)
            let x = all.xView, y = all.yView
            let rows = (titles.count + columns - 1) / columns
            panels = titles.enumerated().map { i, title in
                let series = zip(curves, losses).filter { $0.0.spec.panel == title }.map(\.1)
                return Panel(series: series, title: title, xLabel: i / columns == rows - 1 ? spec.xLabel : nil,
                             yLabel: i % columns == 0 ? yLabel : nil, xLimits: x, yLimits: y,
                             legend: i == 0 ? legend : .none, grid: grid, xScale: xScale, yScale: yScale)
            }
        } else {
            // Derivative panels share the loss panel's x view, taken from every panel's samples.
            let sharedX = orders.isEmpty ? xLimits : xLimits ?? Panel(series: losses + slopes.flatMap { $0 }, xScale: xScale).xView
            panels = [Panel(series: losses, title: orders.isEmpty ? nil : "loss", xLabel: spec.xLabel, yLabel: yLabel,
                            xLimits: sharedX, yLimits: yLimits, legend: legend, grid: grid, xScale: xScale, yScale: yScale)]
            for (order, series) in zip(orders, slopes) {
                panels.append(Panel(series: series, title: order == 1 ? "derivative" : "second derivative", xLabel: spec.xLabel,
                                    yLabel: order == 1 ? "d loss / d x" : "d² loss / d x²",
                                    xLimits: sharedX, legend: .none, grid: grid, xScale: xScale))
            }
        }
        decorate(&panels, lossPanels: orders.isEmpty ? panels.count : 1)
        let colorBar = spec.colorBar.map {
            ColorBar(label: $0.label, range: $0.range[0]...$0.range[1], colorMap: .viridis(on: options.theme), logarithmic: $0.logarithmic == true)
        }
        var figure = Figure(size: size, title: spec.title, panels: panels, columns: columns, theme: options.theme, colorBar: colorBar)
        figure.text = TextSizes(points: options.fontSize)
        return figure
    }
}
