import Foundation

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
        let pad = FigureStyle.figurePad
        let width = figure.size.width, height = figure.size.height
        let tickStyle = TextStyle(size: FigureStyle.fontSize)

        // The title shrinks to 70% of its size to fit, then wraps.
        var titleBand = 0.0
        var titleSize = FigureStyle.titleSize
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
            colorBarWidth = FigureStyle.panelGap + FigureStyle.colorBarWidth + FigureStyle.tickLength + FigureStyle.tickPad
                + labelWidth + FigureStyle.labelPad + labelHeight
            barTicks = ticks
        }
        colorBarTicks = barTicks

        let columns = min(figure.columns, max(figure.panels.count, 1))
        let rows = max(1, (figure.panels.count + columns - 1) / columns)
        let region = Rect(x: pad, y: pad + titleBand, width: max(width - 2 * pad - colorBarWidth, 1),
                          height: max(height - 2 * pad - titleBand, 1))
        let gap = FigureStyle.panelGap
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
        var margins = Margins(left: 6 * FigureStyle.fontSize, right: FigureStyle.fontSize,
                              top: FigureStyle.fontSize, bottom: 4 * FigureStyle.fontSize)
        var geometry: [PanelGeometry] = []
        for _ in 0..<2 {
            geometry = zip(figure.panels, areas(margins)).map { panel, area in
                Self.geometry(panel: panel, area: area)
            }
            var needed = Margins()
            for (panel, g) in zip(figure.panels, geometry) {
                needed.formUnion(Self.margins(panel: panel, geometry: g, canvas: canvas))
            }
            margins = needed
        }
        geometry = zip(figure.panels, areas(margins)).map { panel, area in
            Self.geometry(panel: panel, area: area)
        }
        panels = geometry
        if figure.colorBar != nil, let last = geometry.last {
            let top = geometry.map(\.area.minY).min() ?? last.area.minY
            let bottom = geometry.map(\.area.maxY).max() ?? last.area.maxY
            colorBarArea = Rect(x: region.maxX + FigureStyle.panelGap, y: top,
                                width: FigureStyle.colorBarWidth, height: bottom - top)
        } else {
            colorBarArea = nil
        }
    }

    static func geometry(panel: Panel, area: Rect) -> PanelGeometry {
        let xTicks = AxisTicks(scale: panel.xScale, view: panel.xView, length: area.width, vertical: false)
        let yTicks = AxisTicks(scale: panel.yScale, view: panel.yView, length: area.height, vertical: true)
        return PanelGeometry(area: area,
                             xScale: AxisMap(scale: panel.xScale, view: xTicks.view, range: (area.minX, area.maxX)),
                             yScale: AxisMap(scale: panel.yScale, view: yTicks.view, range: (area.maxY, area.minY)),
                             xTicks: xTicks, yTicks: yTicks)
    }

    static func margins(panel: Panel, geometry g: PanelGeometry, canvas: Canvas) -> Margins {
        let style = TextStyle(size: FigureStyle.fontSize)
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
}
