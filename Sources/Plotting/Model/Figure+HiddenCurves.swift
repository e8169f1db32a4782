/// Which curves a figure draws nothing of, so a command can say so instead of writing an empty
/// figure in silence.
extension Figure {
    /// The labels of the curves of which no segment or point falls inside the limits of any panel
    /// they are in (all NaN, all masked by a scale, all outside the limits), in order.
    public var hiddenCurves: [String] {
        var shown = Set<String>(), seen: [String] = []
        let area = Rect(x: 0, y: 0, width: 1000, height: 1000)
        let clipper = LineClipper(area: area)
        for panel in panels {
            // The views the renderer draws: widened or clamped as the axes' ticks have them.
            let xView = AxisTicks(scale: panel.xScale, view: panel.xView, tickSpace: 1).view
            let yView = AxisTicks(scale: panel.yScale, view: panel.yView, tickSpace: 1).view
            let x = AxisMap(scale: panel.xScale, view: xView, range: (area.minX, area.maxX))
            let y = AxisMap(scale: panel.yScale, view: yView, range: (area.maxY, area.minY))
            for series in panel.series {
                if !seen.contains(series.label) { seen.append(series.label) }
                if !shown.contains(series.label), !clipper.polylines(xs: series.xs, ys: series.ys, xScale: x, yScale: y).isEmpty {
                    shown.insert(series.label)
                }
            }
        }
        return seen.filter { !shown.contains($0) }
    }
}
