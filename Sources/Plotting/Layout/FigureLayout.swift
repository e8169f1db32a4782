import Platform

/// Places the figure's parts from measured text, so tick labels, axis labels and title always
/// fit at any size, and the plot areas of a grid line up.
public struct FigureLayout {
    /// Each panel's plot area, scales and ticks, in the figure's panel order.
    public let panels: [PanelGeometry]
    /// The title's font size after shrinking to fit, and the width it wraps at.
    public let titleSize: Double
    /// The width the figure's title wraps at, in pixels at scale 1.
    public let titleWidth: Double
    /// The top of the figure's title, in pixels at scale 1.
    public let titleTop: Double
    /// The colour bar's rectangle, in pixels at scale 1; nil without a colour bar.
    public let colorBarArea: Rect?
    /// The colour bar's ticks; nil without a colour bar.
    public let colorBarTicks: AxisTicks?
    /// The frame of the legend outside the axes, right of the panels; nil without one.
    public let outsideLegendFrame: Rect?
    /// How much wider and taller than it needs (``neededArea``) the tightest plot area is, in pixels at
    /// scale 1 (negative: the figure is too small to hold its axes and text), and how much more
    /// height the outside legend needs below the panels' top than the figure has.
    let slack: (width: Double, height: Double)
    /// How many panels a row holds, and how many rows there are.
    let grid: (columns: Int, rows: Int)

    /// The smallest plot area a figure is drawn with: 40 pt by 30 pt, room for two tick
    /// intervals on each axis with their labels at matplotlib's default font size.
    public static let minimumPlotArea = Size(40 * FigureStyle.point, 30 * FigureStyle.point)

    /// Margins around a plot area, from the text drawn in them.
    struct Margins {
        var left = 0.0, right = 0.0, top = 0.0, bottom = 0.0

        mutating func formUnion(_ m: Margins) {
            left = max(left, m.left)
            right = max(right, m.right)
            top = max(top, m.top)
            bottom = max(bottom, m.bottom)
        }
    }

    /// Lays `figure` out with `canvas`'s text measurements (matplotlib's tight layout: labels never clipped).
    public init(figure: Figure, canvas: Canvas) {
        let text = figure.text
        let pad = text.figurePad
        let width = figure.size.width, height = figure.size.height
        let tickStyle = TextStyle(size: text.base)

        // The title shrinks to 70% of its size to fit, then wraps.
        var titleBand = 0.0
        var titleSize = text.title
        let titleWidth = max(width - 2 * pad, 1)
        if let title = figure.title, !title.isEmpty {
            let natural = canvas.measure(title, style: TextStyle(size: titleSize), markup: true, maxWidth: nil)
            if natural.width > titleWidth {
                titleSize = max(0.7 * titleSize, titleSize * titleWidth / natural.width)
            }
            let fitted = canvas.measure(title, style: TextStyle(size: titleSize), markup: true, maxWidth: titleWidth)
            titleBand = fitted.height + FigureStyle.titlePad
        }
        self.titleSize = titleSize
        self.titleWidth = titleWidth
        titleTop = pad

        // A colour bar takes a strip at the right.
        var colorBarWidth = 0.0
        var barTicks: AxisTicks?
        if let bar = figure.colorBar {
            let ticks = AxisTicks(scale: bar.scale, view: bar.range, length: height * 0.7, vertical: true)
            let labelWidth = (ticks.labels + ticks.minorLabels).map { canvas.measure($0, style: tickStyle, markup: false, maxWidth: nil).width }.max() ?? 0
            let labelHeight = canvas.measure(bar.label, style: tickStyle, markup: true, maxWidth: height * 0.7).height
            colorBarWidth = text.panelGap + FigureStyle.colorBarWidth + FigureStyle.tickLength + FigureStyle.tickPad
                + labelWidth + FigureStyle.labelPad + labelHeight
            barTicks = ticks
        }
        colorBarTicks = barTicks

        let columns = min(figure.columns, max(figure.panels.count, 1))
        let rows = max(1, (figure.panels.count + columns - 1) / columns)
        let region = Rect(x: pad, y: pad + titleBand, width: max(width - 2 * pad - colorBarWidth - figure.outsideLegendWidth, 1),
                          height: max(height - 2 * pad - titleBand, 1))
        let gap = text.panelGap
        let cellWidth = (region.width - Double(columns - 1) * gap) / Double(columns)
        let cellHeight = (region.height - Double(rows - 1) * gap) / Double(rows)

        func areas(_ m: Margins) -> [Rect] {
            figure.panels.indices.map { i in
                let column = i % columns, row = i / columns
                let x = region.x + Double(column) * (cellWidth + gap) + m.left
                let y = region.y + Double(row) * (cellHeight + gap) + m.top
                return Rect(x: x, y: y, width: max(cellWidth - m.left - m.right, 10),
                            height: max(cellHeight - m.top - m.bottom, 10))
            }
        }

        // Two passes: ticks depend on the axis lengths, which depend on the tick labels' sizes.
        var margins = Margins(left: 6 * text.base, right: text.base, top: text.base, bottom: 4 * text.base)
        var geometry: [PanelGeometry] = []
        for _ in 0..<2 {
            geometry = zip(figure.panels, areas(margins)).map { panel, area in
                Self.geometry(panel: panel, area: area, fontSize: text.base)
            }
            var needed = Margins()
            for (panel, g) in zip(figure.panels, geometry) {
                needed.formUnion(Self.margins(panel: panel, geometry: g, canvas: canvas, fontSize: text.base))
            }
            margins = needed
        }
        geometry = zip(figure.panels, areas(margins)).map { panel, area in
            Self.geometry(panel: panel, area: area, fontSize: text.base)
        }
        panels = geometry
        grid = (columns, rows)
        var slack = (width: Double.infinity, height: Double.infinity)
        for (panel, g) in zip(figure.panels, geometry) {
            let needed = Self.neededArea(panel: panel, geometry: g, canvas: canvas, text: text)
            slack.width = min(slack.width, cellWidth - margins.left - margins.right - needed.width)
            slack.height = min(slack.height, cellHeight - margins.top - margins.bottom - needed.height)
        }
        if figure.outsideLegendWidth > 0, let first = geometry.first {
            let legend = figure.outsideLegend(canvas: canvas)
            let top = geometry.map(\.area.minY).min() ?? first.area.minY
            // Beside the axes, or beside the colour bar and its labels when there is one.
            let right = figure.colorBar == nil ? geometry.map(\.area.maxX).max() ?? first.area.maxX : region.maxX + colorBarWidth
            let left = right + text.legendBorderAxesPad
            outsideLegendFrame = Rect(x: left, y: top, width: legend.size.width, height: legend.size.height)
            // The legend hangs from the axes' top and must end above the figure's margin.
            slack.height = min(slack.height, Double(rows) * (height - pad - top - legend.size.height))
        } else {
            outsideLegendFrame = nil
        }
        self.slack = slack
        if figure.colorBar != nil, let last = geometry.last {
            let top = geometry.map(\.area.minY).min() ?? last.area.minY
            let bottom = geometry.map(\.area.maxY).max() ?? last.area.maxY
            colorBarArea = Rect(x: region.maxX + text.panelGap, y: top,
                                width: FigureStyle.colorBarWidth, height: bottom - top)
        } else {
            colorBarArea = nil
        }
    }

    static func geometry(panel: Panel, area: Rect, fontSize: Double) -> PanelGeometry {
        let xTicks = AxisTicks(scale: panel.xScale, view: panel.xView, length: area.width, vertical: false, fontSize: fontSize)
        let yTicks = AxisTicks(scale: panel.yScale, view: panel.yView, length: area.height, vertical: true, fontSize: fontSize)
        return PanelGeometry(area: area,
                             xScale: AxisMap(scale: panel.xScale, view: xTicks.view, range: (area.minX, area.maxX)),
                             yScale: AxisMap(scale: panel.yScale, view: yTicks.view, range: (area.maxY, area.minY)),
                             xTicks: xTicks, yTicks: yTicks)
    }

    static func margins(panel: Panel, geometry g: PanelGeometry, canvas: Canvas, fontSize: Double) -> Margins {
        let style = TextStyle(size: fontSize)
        func size(_ s: String, markup: Bool = false, maxWidth: Double? = nil) -> Size {
            canvas.measure(s, style: style, markup: markup, maxWidth: maxWidth)
        }
        let lineHeight = size("0").height
        let tickSpace = FigureStyle.tickLength + FigureStyle.tickPad
        var m = Margins()
        m.left = (g.yTicks.labels.map { size($0).width }.max() ?? 0) + tickSpace
        if let label = panel.yLabel, !label.isEmpty {
            m.left += size(label, markup: true, maxWidth: g.area.height).height + FigureStyle.labelPad
        }
        m.bottom = lineHeight + tickSpace
        if let label = panel.xLabel, !label.isEmpty {
            m.bottom += size(label, markup: true, maxWidth: g.area.width).height + FigureStyle.labelPad
        }
        if !g.xTicks.offsetText.isEmpty { m.bottom += lineHeight }
        m.top = lineHeight / 2
        if let title = panel.title, !title.isEmpty {
            m.top = size(title, markup: true, maxWidth: g.area.width).height + FigureStyle.titlePad
        }
        if !g.yTicks.offsetText.isEmpty { m.top = max(m.top, lineHeight + FigureStyle.tickPad) }
        m.right = (g.xTicks.labels.last.map { size($0).width / 2 } ?? 0)
        return m
    }

    /// The plot area a panel needs: ``minimumPlotArea``, room for its tick labels not to touch,
    /// and its axis labels and title unwrapped up to 12 em wide (8 em for the y label, which runs
    /// along the shorter side), longer text wrapping and ending in an ellipsis by design; and a
    /// legend inside the axes, which may cover curves, as matplotlib's does, but not stick out.
    static func neededArea(panel: Panel, geometry g: PanelGeometry, canvas: Canvas, text: TextSizes) -> Size {
        let style = TextStyle(size: text.base)
        func width(_ s: String?, markup: Bool = false) -> Double {
            guard let s, !s.isEmpty else { return 0 }
            return canvas.measure(s, style: style, markup: markup, maxWidth: nil).width
        }
        // Neighbouring tick labels must not touch: the axis grows, with the same ticks, until the
        // closest pair is a quarter em apart.
        let gap = 0.25 * text.base
        func length(_ ticks: AxisTicks, _ position: (Double) -> Double, _ extent: (String) -> Double, current: Double) -> Double {
            let labelled = zip(ticks.values, ticks.labels).filter { !$0.1.isEmpty }.map { (position($0.0), extent($0.1)) }
            var factor = 0.0
            for (a, b) in zip(labelled, labelled.dropFirst()) where abs(b.0 - a.0) > 0 {
                factor = max(factor, ((a.1 + b.1) / 2 + gap) / abs(b.0 - a.0))
            }
            return current * factor
        }
        let ticksWide = length(g.xTicks, { g.xScale($0) }, { width($0) }, current: g.area.width)
        let ticksHigh = length(g.yTicks, { g.yScale($0) }, { canvas.measure($0, style: style, markup: false, maxWidth: nil).height },
                               current: g.area.height)
        let labelsWide = min(max(width(panel.xLabel, markup: true), width(panel.title, markup: true)), 12 * text.base)
        let labelHigh = min(width(panel.yLabel, markup: true), 8 * text.base)
        var needed = Size(max(minimumPlotArea.width, ticksWide, labelsWide), max(minimumPlotArea.height, ticksHigh, labelHigh))
        if panel.legend != .none, panel.legend != .outside {
            // Its labels wrap at a share of the plot area's width, as drawn.
            let legend = Legend.inside(series: panel.series, area: g.area, canvas: canvas, text: text)
            if !legend.entries.isEmpty {
                needed.width = max(needed.width, legend.size.width + 2 * text.legendBorderAxesPad)
                needed.height = max(needed.height, legend.size.height + 2 * text.legendBorderAxesPad)
            }
        }
        return needed
    }

    /// The smallest size at which `figure` holds its axes and text, each plot area at least
    /// its ``neededArea`` and an outside legend inside the figure, without its outside legend's strip (which the figure grows by), in
    /// pixels at scale 1; nil when the figure's own size does.
    ///
    /// Tick labels, a wrapped title and a legend's columns depend on the size, so the fitting
    /// sizes are not a simple region: searches start from the figure's size and from it made
    /// 2 and 4 times as wide or as high (each round lays the figure out at the size the last
    /// round found to be just enough; if none fits in a few rounds, the rounds are repeated
    /// growing only), then 24 widths up to twice the least of those are tried with the least
    /// height that fits each. The size of least area found is trimmed pixel by pixel while it fits.
    public static func smallestSize(of figure: Figure, canvas: Canvas) -> Size? {
        let layout = FigureLayout(figure: figure, canvas: canvas)
        guard !layout.fits else { return nil }
        let strip = figure.outsideLegendWidth
        let given = Size(figure.size.width - strip, figure.size.height)
        let starts = [given] + [2.0, 4].flatMap { k in [Size(given.width * k, given.height), Size(given.width, given.height * k)] }
        var found = starts.compactMap { search(figure, from: $0, canvas: canvas) }
        if let upper = found.min(by: { $0.width * $0.height < $1.width * $1.height }) {
            found += scan(figure, below: upper, canvas: canvas)
        }
        let least = found.min { ($0.width * $0.height, $0.width) < ($1.width * $1.height, $1.width) }
        return least.map { trimmed($0, of: figure, canvas: canvas) } ?? given
    }

    /// Sizes that fit, one per width in 24 steps up to twice `upper`'s (a size that fits): the least
    /// height that fits at that width, by bisection (a taller figure holds what a shorter one does).
    private static func scan(_ figure: Figure, below upper: Size, canvas: Canvas) -> [Size] {
        func fits(_ w: Double, _ h: Double) -> Bool { Self.fits(figure, Size(w, h), canvas: canvas) }
        let maxHeight = max(4 * upper.height, 2 * figure.size.height)
        var result: [Size] = []
        for step in 1...24 {
            let w = (upper.width * Double(step) / 12).rounded(.up)
            guard fits(w, maxHeight) else { continue }
            var (low, high) = (1.0, maxHeight)
            while high - low > 1 {
                let mid = ((low + high) / 2).rounded(.down)
                if fits(w, mid) { high = mid } else { low = mid }
            }
            result.append(Size(w, high))
        }
        return result
    }

    /// A size that fits found by rounds from `start` (without the outside legend's strip), or nil.
    private static func search(_ figure: Figure, from start: Size, canvas: Canvas) -> Size? {
        let strip = figure.outsideLegendWidth
        var first = figure
        first.size = Size(start.width + strip, start.height)
        let layout = FigureLayout(figure: first, canvas: canvas)
        if layout.fits { return start }
        for growOnly in [false, true] {
            var candidate = first
            var l = layout
            var smallest: Size?
            for _ in 0..<8 {
                let current = Size(candidate.size.width - strip, candidate.size.height)
                var next = Size((current.width - Double(l.grid.columns) * l.slack.width).rounded(.up),
                                (current.height - Double(l.grid.rows) * l.slack.height).rounded(.up))
                if growOnly { next = Size(max(next.width, current.width), max(next.height, current.height)) }
                if next == current { break }
                candidate.size = Size(next.width + strip, next.height)
                l = FigureLayout(figure: candidate, canvas: canvas)
                if l.fits, smallest.map({ next.width * next.height < $0.width * $0.height }) ?? true { smallest = next }
            }
            if let smallest { return smallest }
        }
        return nil
    }

    /// `size`, which fits, less whole pixels on each side while it still fits (at most 64 each):
    /// the rounds above round up, and a start that fits as it is may be far from the edge.
    static func trimmed(_ size: Size, of figure: Figure, canvas: Canvas) -> Size {
        func fits(_ s: Size) -> Bool { Self.fits(figure, s, canvas: canvas) }
        var best = size
        var steps = 0
        while steps < 64, fits(Size(best.width - 1, best.height)) { best.width -= 1; steps += 1 }
        steps = 0
        while steps < 64, fits(Size(best.width, best.height - 1)) { best.height -= 1; steps += 1 }
        return best
    }

    /// Whether `figure` at `size` (without its outside legend's strip) holds its axes and text.
    private static func fits(_ figure: Figure, _ size: Size, canvas: Canvas) -> Bool {
        var candidate = figure
        candidate.size = Size(size.width + figure.outsideLegendWidth, size.height)
        return FigureLayout(figure: candidate, canvas: canvas).fits
    }

    /// Whether every plot area is at least ``minimumPlotArea`` and the outside legend fits.
    var fits: Bool { slack.width >= 0 && slack.height >= 0 }
}
