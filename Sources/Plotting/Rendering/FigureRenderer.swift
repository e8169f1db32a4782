import Platform

/// Draws a figure on any canvas: background, grid, curves clipped to their plot area, spines,
/// ticks and their labels, axis labels, titles, legends and the colour bar.
public struct FigureRenderer {
    /// The figure drawn.
    public let figure: Figure

    /// A renderer of `figure`.
    public init(_ figure: Figure) {
        self.figure = figure
    }

    /// Lays the figure out with the canvas's text metrics, then draws it.
    public func draw(on canvas: Canvas) {
        let layout = FigureLayout(figure: figure, canvas: canvas)
        let theme = figure.theme
        if let background = theme.background {
            canvas.fill(Rect(x: 0, y: 0, width: figure.size.width, height: figure.size.height), color: background, cornerRadius: 0)
        }
        for (panel, geometry) in zip(figure.panels, layout.panels) {
            drawPanel(panel, geometry, on: canvas)
        }
        if let title = figure.title, !title.isEmpty {
            let areas = layout.panels.map(\.area)
            let left = areas.map(\.minX).min() ?? 0, right = areas.map(\.maxX).max() ?? figure.size.width
            let measured = canvas.measure(title, style: TextStyle(size: layout.titleSize), markup: true, maxWidth: layout.titleWidth)
            // Centre over the plot areas, but never run off the figure.
            let half = measured.width / 2
            let center = min(max((left + right) / 2, figure.text.figurePad + half), figure.size.width - figure.text.figurePad - half)
            canvas.draw(title, at: Point(center, layout.titleTop), anchor: .topCenter, angle: 0,
                        style: TextStyle(size: layout.titleSize, color: theme.foreground), markup: true, maxWidth: layout.titleWidth)
        }
        if let frame = layout.outsideLegendFrame {
            figure.outsideLegend(canvas: canvas).draw(in: frame, on: canvas, theme: theme)
        }
        if let bar = figure.colorBar, let area = layout.colorBarArea, let ticks = layout.colorBarTicks {
            drawColorBar(bar, area: area, ticks: ticks, on: canvas)
        }
    }

    private func drawPanel(_ panel: Panel, _ g: PanelGeometry, on canvas: Canvas) {
        let theme = figure.theme
        let area = g.area
        let foreground = theme.foreground
        let tickStroke = StrokeStyle(color: foreground, width: FigureStyle.tickWidth, roundJoins: false, snap: true)

        drawSpans(panel, g, on: canvas)
        if panel.grid {
            let gridStroke = StrokeStyle(color: theme.grid, width: FigureStyle.gridWidth, roundJoins: false, snap: true)
            var lines: [[Point]] = []
            for v in g.xTicks.values { lines.append([Point(g.xScale(v), area.minY), Point(g.xScale(v), area.maxY)]) }
            for v in g.yTicks.values { lines.append([Point(area.minX, g.yScale(v)), Point(area.maxX, g.yScale(v))]) }
            canvas.stroke(Path(lines), style: gridStroke)
        }

        drawReferenceLines(panel, g, on: canvas)
        let clipper = LineClipper(area: area)
        let curves = panel.series.map { clipper.polylines(xs: $0.xs, ys: $0.ys, xScale: g.xScale, yScale: g.yScale) }
        canvas.pushClip(area)
        if let surface = panel.surface { drawSurface(surface, g, on: canvas) }
        for series in panel.series {
            guard let size = series.markerSize else { continue }
            // Each finite sample as a dot: a subpath of the point repeated, stroked with round caps.
            let dots = zip(series.xs, series.ys).filter { $0.0.isFinite && $0.1.isFinite }.map { Point(g.xScale($0.0), g.yScale($0.1)) }
                .filter { $0.x.isFinite && $0.y.isFinite }.map { [$0, $0] }
            if !dots.isEmpty { canvas.stroke(Path(dots), style: .dots(color: theme.curveColor(series.color), diameter: size * FigureStyle.point)) }
        }
        for (series, lines) in zip(panel.series, curves) where !lines.isEmpty && series.markerSize == nil {
            let width = series.width * FigureStyle.point
            canvas.stroke(Path(lines), style: StrokeStyle(color: theme.curveColor(series.color), width: width, lineStyle: series.lineStyle))
        }
        canvas.popClip()

        canvas.strokeRect(area, style: StrokeStyle(color: foreground, width: FigureStyle.spineWidth, roundJoins: false, snap: true), cornerRadius: 0)

        let textStyle = TextStyle(size: figure.text.base, color: foreground)
        let length = FigureStyle.tickLength
        var tickLines: [[Point]] = []
        for (v, label) in zip(g.xTicks.values, g.xTicks.labels) {
            let x = g.xScale(v)
            tickLines.append([Point(x, area.maxY), Point(x, area.maxY + length)])
            canvas.draw(label, at: Point(x, area.maxY + length + FigureStyle.tickPad), anchor: .topCenter, angle: 0,
                        style: textStyle, markup: false, maxWidth: nil)
        }
        for (v, label) in zip(g.yTicks.values, g.yTicks.labels) {
            let y = g.yScale(v)
            tickLines.append([Point(area.minX - length, y), Point(area.minX, y)])
            canvas.draw(label, at: Point(area.minX - length - FigureStyle.tickPad, y), anchor: .rightMiddle, angle: 0,
                        style: textStyle, markup: false, maxWidth: nil)
        }
        canvas.stroke(Path(tickLines), style: tickStroke)
        drawMinorTicks(g, style: textStyle, on: canvas)

        let lineHeight = canvas.measure("0", style: textStyle, markup: false, maxWidth: nil).height
        let xLabelTop = area.maxY + length + FigureStyle.tickPad + lineHeight
        if !g.xTicks.offsetText.isEmpty {
            canvas.draw(g.xTicks.offsetText, at: Point(area.maxX, xLabelTop), anchor: TextAnchor(horizontal: 1, vertical: 0),
                        angle: 0, style: textStyle, markup: false, maxWidth: nil)
        }
        if !g.yTicks.offsetText.isEmpty {
            canvas.draw(g.yTicks.offsetText, at: Point(area.minX, area.minY - FigureStyle.tickPad), anchor: .bottomLeft,
                        angle: 0, style: textStyle, markup: false, maxWidth: nil)
        }
        if let label = panel.xLabel, !label.isEmpty {
            let top = xLabelTop + FigureStyle.labelPad + (g.xTicks.offsetText.isEmpty ? 0 : lineHeight)
            canvas.draw(label, at: Point(area.midX, top), anchor: .topCenter, angle: 0, style: textStyle, markup: true, maxWidth: area.width)
        }
        if let label = panel.yLabel, !label.isEmpty {
            let widest = g.yTicks.labels.map { canvas.measure($0, style: textStyle, markup: false, maxWidth: nil).width }.max() ?? 0
            let x = area.minX - length - FigureStyle.tickPad - widest - FigureStyle.labelPad
            canvas.draw(label, at: Point(x, area.midY), anchor: .bottomCenter, angle: .pi / 2, style: textStyle, markup: true, maxWidth: area.height)
        }
        if let title = panel.title, !title.isEmpty {
            canvas.draw(title, at: Point(area.midX, area.minY - FigureStyle.titlePad), anchor: .bottomCenter, angle: 0,
                        style: textStyle, markup: true, maxWidth: area.width)
        }
        if panel.legend != .none, panel.legend != .outside {
            let legend = Legend.inside(series: panel.series, area: area, canvas: canvas, text: figure.text)
            if !legend.entries.isEmpty {
                let frame = legend.frame(at: panel.legend, in: area, curves: curves)
                legend.draw(in: frame, on: canvas, theme: theme)
            }
        }
    }

    /// Filled contours (each cell in its band's colour, from the mean of its corners) and contour
    /// lines, with each level's value written on its longest line.
    private func drawSurface(_ surface: Surface, _ g: PanelGeometry, on canvas: Canvas) {
        let nx = surface.xs.count, ny = surface.ys.count
        guard nx >= 2, ny >= 2 else { return }
        // Cell edges halfway between grid points, so a cell is centred on its point (pcolormesh with shading="nearest").
        func edges(_ v: [Double]) -> [Double] {
            [v[0] - (v[1] - v[0]) / 2] + zip(v, v.dropFirst()).map { ($0 + $1) / 2 } + [v[v.count - 1] + (v[v.count - 1] - v[v.count - 2]) / 2]
        }
        let xe = edges(surface.xs).map { g.xScale($0) }, ye = edges(surface.ys).map { g.yScale($0) }
        for j in 0..<ny {
            // Runs of cells of one band in a row are one rectangle (an SVG of a 201 x 101 grid stays small).
            var i = 0
            while i < nx {
                guard let color = surface.color(of: surface.value(i, j)) else { i += 1; continue }
                var end = i + 1
                while end < nx, surface.color(of: surface.value(end, j)) == color { end += 1 }
                let x0 = min(xe[i], xe[end]), y0 = min(ye[j], ye[j + 1])
                // Overlap by half a pixel so antialiasing leaves no seams between cells.
                canvas.fill(Rect(x: x0 - 0.5, y: y0 - 0.5, width: abs(xe[end] - xe[i]) + 1, height: abs(ye[j + 1] - ye[j]) + 1),
                            color: color, cornerRadius: 0)
                i = end
            }
        }
        let stroke = StrokeStyle(color: Color(red: 0.1, green: 0.1, blue: 0.1), width: 0.8 * FigureStyle.point)
        let style = TextStyle(size: figure.text.base * 0.8, color: Color(red: 0.1, green: 0.1, blue: 0.1))
        var placed: [Rect] = []
        for level in surface.levels {
            let lines = MarchingSquares.lines(surface, level: level).map { $0.map { Point(g.xScale($0.x), g.yScale($0.y)) } }
            guard !lines.isEmpty else { continue }
            canvas.stroke(Path(lines), style: stroke)
            guard surface.labelled, let longest = lines.max(by: { $0.count < $1.count }), longest.count >= 8 else { continue }
            // Three significant digits, as clabel's default format shows a level; at the first point of
            // the longest line (from its middle outward) inside the axes and clear of the labels placed.
            let label = String(printf: "%.3g", level).replacing("-", with: "\u{2212}")
            let size = canvas.measure(label, style: style, markup: false, maxWidth: nil)
            let order = (0..<longest.count).sorted { abs($0 - longest.count / 2) < abs($1 - longest.count / 2) }
            let spot = order.lazy.map { longest[$0] }.map { at in
                (at, Rect(x: at.x - size.width / 2 - 2, y: at.y - size.height / 2, width: size.width + 4, height: size.height))
            }.first { _, box in
                box.minX >= g.area.minX && box.maxX <= g.area.maxX && box.minY >= g.area.minY && box.maxY <= g.area.maxY
                    && !placed.contains { $0.intersects(box) }
            }
            guard let (at, box) = spot else { continue }
            placed.append(box)
            canvas.fill(box, color: Color(red: 1, green: 1, blue: 1, alpha: 0.75), cornerRadius: 2)
            canvas.draw(label, at: at, anchor: TextAnchor(horizontal: 0.5, vertical: 0.5), angle: 0, style: style, markup: false, maxWidth: nil)
        }
    }

    private func drawColorBar(_ bar: ColorBar, area: Rect, ticks: AxisTicks, on canvas: Canvas) {
        canvas.fill(area, bottomToTop: bar.colorMap.stops)
        let foreground = figure.theme.foreground
        canvas.strokeRect(area, style: StrokeStyle(color: foreground, width: FigureStyle.spineWidth, roundJoins: false, snap: true), cornerRadius: 0)
        let scale = AxisMap(scale: bar.scale, view: ticks.view, range: (area.maxY, area.minY))
        let style = TextStyle(size: figure.text.base, color: foreground)
        var lines: [[Point]] = []
        var widest = 0.0
        var minorLines: [[Point]] = []
        for (v, label) in zip(ticks.values + ticks.minorValues, ticks.labels + ticks.minorLabels) {
            let y = scale(v)
            let major = lines.count < ticks.values.count
            let length = major ? FigureStyle.tickLength : FigureStyle.minorTickLength
            if major { lines.append([Point(area.maxX, y), Point(area.maxX + length, y)]) } else { minorLines.append([Point(area.maxX, y), Point(area.maxX + length, y)]) }
            guard !label.isEmpty else { continue }
            canvas.draw(label, at: Point(area.maxX + length + FigureStyle.tickPad, y), anchor: .leftMiddle,
                        angle: 0, style: style, markup: false, maxWidth: nil)
            widest = max(widest, canvas.measure(label, style: style, markup: false, maxWidth: nil).width)
        }
        canvas.stroke(Path(lines), style: StrokeStyle(color: foreground, width: FigureStyle.tickWidth, roundJoins: false, snap: true))
        if !minorLines.isEmpty {
            canvas.stroke(Path(minorLines), style: StrokeStyle(color: foreground, width: FigureStyle.minorTickWidth, roundJoins: false, snap: true))
        }
        let x = area.maxX + FigureStyle.tickLength + FigureStyle.tickPad + widest + FigureStyle.labelPad
        canvas.draw(bar.label, at: Point(x, area.midY), anchor: .topCenter, angle: .pi / 2,
                    style: style, markup: true, maxWidth: area.height)
    }
}

extension Rect {
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }
}
