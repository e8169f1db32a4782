/// The furniture of a panel beyond its axes: shaded spans, reference lines and minor ticks.
extension FigureRenderer {
    /// matplotlib's axvspan look: a translucent fill over the whole height, its label at the top.
    func drawSpans(_ panel: Panel, _ g: PanelGeometry, on canvas: Canvas) {
        let area = g.area
        for span in panel.spans {
            let a = g.xScale(span.lower), b = g.xScale(span.upper)
            let left = a.isFinite ? a : area.minX, right = b.isFinite ? b : area.maxX
            let lo = max(min(left, right), area.minX), hi = min(max(left, right), area.maxX)
            guard hi > lo else { continue }
            canvas.fill(Rect(x: lo, y: area.minY, width: hi - lo, height: area.height), color: FigureStyle.spanColor, cornerRadius: 0)
            if let label = span.label, !label.isEmpty {
                canvas.draw(label, at: Point((lo + hi) / 2, area.minY + FigureStyle.tickPad), anchor: .topCenter, angle: 0,
                            style: TextStyle(size: figure.text.base, color: figure.theme.foreground), markup: true,
                            maxWidth: max(hi - lo, 1))
            }
        }
    }

    /// Thin grey lines across the plot area at each `--hline` y and `--vline` x.
    func drawReferenceLines(_ panel: Panel, _ g: PanelGeometry, on canvas: Canvas) {
        let area = g.area
        var lines: [[Point]] = []
        for y in panel.hLines {
            let p = g.yScale(y)
            if p.isFinite, p >= area.minY, p <= area.maxY { lines.append([Point(area.minX, p), Point(area.maxX, p)]) }
        }
        for x in panel.vLines {
            let p = g.xScale(x)
            if p.isFinite, p >= area.minX, p <= area.maxX { lines.append([Point(p, area.minY), Point(p, area.maxY)]) }
        }
        guard !lines.isEmpty else { return }
        canvas.stroke(Path(lines), style: StrokeStyle(color: FigureStyle.referenceLineColor, width: FigureStyle.referenceLineWidth,
                                                      roundJoins: false, snap: true))
    }

    /// Minor ticks of log and logit axes: shorter and thinner than the majors, as matplotlib's,
    /// with the few labels the formatter gives them.
    func drawMinorTicks(_ g: PanelGeometry, style: TextStyle, on canvas: Canvas) {
        let area = g.area, length = FigureStyle.minorTickLength
        var lines: [[Point]] = []
        for (v, label) in zip(g.xTicks.minorValues, g.xTicks.minorLabels) {
            let x = g.xScale(v)
            guard x.isFinite else { continue }
            lines.append([Point(x, area.maxY), Point(x, area.maxY + length)])
            if !label.isEmpty {
                canvas.draw(label, at: Point(x, area.maxY + length + FigureStyle.tickPad), anchor: .topCenter, angle: 0,
                            style: style, markup: false, maxWidth: nil)
            }
        }
        for (v, label) in zip(g.yTicks.minorValues, g.yTicks.minorLabels) {
            let y = g.yScale(v)
            guard y.isFinite else { continue }
            lines.append([Point(area.minX - length, y), Point(area.minX, y)])
            if !label.isEmpty {
                canvas.draw(label, at: Point(area.minX - length - FigureStyle.tickPad, y), anchor: .rightMiddle, angle: 0,
                            style: style, markup: false, maxWidth: nil)
            }
        }
        guard !lines.isEmpty else { return }
        canvas.stroke(Path(lines), style: StrokeStyle(color: figure.theme.foreground, width: FigureStyle.minorTickWidth,
                                                      roundJoins: false, snap: true))
    }
}
