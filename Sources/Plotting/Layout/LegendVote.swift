/// Chooses one legend position per panel for a series of figures, the frames of an animation:
/// `best` decided frame by frame would make the legend jump, so each candidate's badness
/// (matplotlib's rule, as `Legend` counts it) is summed over the frames, and the least wins.
public struct LegendVote {
    /// Per panel, per candidate of `LegendPosition.candidates`: the summed badness; nil for a
    /// panel whose legend is not `best`.
    private var badness: [[Int]?] = []

    /// An empty vote: no frame counted yet.
    public init() {}

    /// Counts one frame, laid out with the canvas's text metrics.
    public mutating func add(_ figure: Figure, canvas: Canvas) {
        let layout = FigureLayout(figure: figure, canvas: canvas)
        if badness.count < figure.panels.count {
            badness += Array(repeating: nil, count: figure.panels.count - badness.count)
        }
        for (p, (panel, geometry)) in zip(figure.panels, layout.panels).enumerated() where panel.legend == .best {
            let legend = Legend.inside(series: panel.series, area: geometry.area, canvas: canvas, text: figure.text)
            guard !legend.entries.isEmpty else { continue }
            let clipper = LineClipper(area: geometry.area)
            let curves = panel.series.map { clipper.polylines(xs: $0.xs, ys: $0.ys, xScale: geometry.xScale, yScale: geometry.yScale) }
            var sums = badness[p] ?? Array(repeating: 0, count: LegendPosition.candidates.count)
            for (c, candidate) in LegendPosition.candidates.enumerated() {
                let frame = candidate.frame(of: legend.size, in: geometry.area, pad: figure.text.legendBorderAxesPad)
                sums[c] += Legend.badness(of: frame, curves: curves)
            }
            badness[p] = sums
        }
    }

    /// The position of least summed badness for each panel that was counted, in matplotlib's
    /// order of preference on ties; nil for panels never counted.
    public func position(ofPanel panel: Int) -> LegendPosition? {
        guard panel < badness.count, let sums = badness[panel], let least = sums.min() else { return nil }
        return LegendPosition.candidates[sums.firstIndex(of: least)!]
    }
}
