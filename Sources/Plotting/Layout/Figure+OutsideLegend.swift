extension Figure {
    /// Whether a panel's legend goes outside the axes, right of the panels.
    public var hasOutsideLegend: Bool { panels.contains { $0.legend == .outside } }

    /// The legend outside the axes: every labelled curve of the panels, once per label and colour;
    /// in one column, or when that is taller than about the axes' height (four fifths of the
    /// figure's), the fewest columns (up to four) that are not.
    func outsideLegend(canvas: Canvas) -> Legend {
        var seen: [(String, Color)] = []
        var series: [Series] = []
        for s in panels.flatMap(\.series) where !s.label.isEmpty && !seen.contains(where: { $0 == (s.label, s.color) }) {
            seen.append((s.label, s.color))
            series.append(s)
        }
        let maxLabelWidth = (size.width - outsideLegendWidth) * TextLimits.legendShare
        return Legend.fitting(series: series, canvas: canvas, maxLabelWidth: maxLabelWidth, text: text, height: 0.8 * size.height)
    }

    /// The figure widened by its outside legend and the gap before it, as matplotlib's
    /// `bbox_inches="tight"` grows a figure to hold a legend anchored outside the axes; itself
    /// when its legends are inside the axes.
    public func widenedForOutsideLegend(measuringWith canvas: Canvas) -> Figure {
        guard hasOutsideLegend, outsideLegendWidth == 0 else { return self }
        let legend = outsideLegend(canvas: canvas)
        guard !legend.entries.isEmpty else { return self }
        var widened = self
        widened.outsideLegendWidth = text.legendBorderAxesPad + legend.size.width
        widened.size = Size(size.width + widened.outsideLegendWidth, size.height)
        return widened
    }
}
