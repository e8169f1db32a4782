/// A legend box: a line sample then the label for each labelled curve, in one column or, as
/// matplotlib's `ncols`, in several filled column by column (the first columns one entry longer).
public struct Legend {
    /// The labelled curves, in order, each with its label's measured size in pixels at scale 1.
    public let entries: [(series: Series, size: Size)]
    /// The whole box's size, padding included, in pixels at scale 1.
    public let size: Size
    /// Labels wider than this wrap, then end in an ellipsis.
    public let maxLabelWidth: Double
    /// How many columns the entries fill.
    public let columns: Int

    /// The text sizes and spacings it is drawn with.
    public let text: TextSizes

    /// Measures the entries of a panel's labelled curves, with text of `text`'s base size, in `columns` columns.
    public init(series: [Series], canvas: Canvas, maxLabelWidth: Double, text: TextSizes = TextSizes(), columns: Int = 1) {
        let style = TextStyle(size: text.base)
        self.maxLabelWidth = maxLabelWidth
        self.text = text
        entries = series.filter { !$0.label.isEmpty }.map {
            ($0, canvas.measure($0.label, style: style, markup: true, maxWidth: maxLabelWidth))
        }
        self.columns = max(1, min(columns, entries.count))
        let layout = Self.grid(entries.map(\.size), columns: self.columns, text: text)
        let width = layout.columnWidths.reduce(0, +) + Double(self.columns - 1) * text.legendColumnSpacing
        let rows = layout.rowHeights.reduce(0, +) + Double(max(layout.rowHeights.count - 1, 0)) * text.legendLabelSpacing
        size = Size(2 * text.legendBorderPad + width, 2 * text.legendBorderPad + rows)
    }

    /// The legend inside a plot area, as drawn: one column, or when that is taller than the area
    /// allows, the fewest columns (up to four) that fit its height, each label wrapping at its
    /// share of the area's width.
    public static func inside(series: [Series], area: Rect, canvas: Canvas, text: TextSizes) -> Legend {
        fitting(series: series, canvas: canvas, maxLabelWidth: area.width * TextLimits.legendShare, text: text,
                height: area.height - 2 * text.legendBorderAxesPad)
    }

    /// One column, or when that is taller than `height`, the fewest columns (up to four) that are
    /// not, each label wrapping at its share of `maxLabelWidth` (2/3 in two columns, 1/2 in three).
    static func fitting(series: [Series], canvas: Canvas, maxLabelWidth: Double, text: TextSizes, height: Double) -> Legend {
        var legend = Legend(series: series, canvas: canvas, maxLabelWidth: maxLabelWidth, text: text)
        guard legend.size.height > height, legend.entries.count > 1 else { return legend }
        for columns in 2...min(4, legend.entries.count) {
            legend = Legend(series: series, canvas: canvas, maxLabelWidth: maxLabelWidth * 2 / Double(columns + 1), text: text, columns: columns)
            if legend.size.height <= height { break }
        }
        return legend
    }

    /// Entry `i`'s column and row: columns filled in order, the first `count % columns` one longer.
    static func place(_ i: Int, count: Int, columns: Int) -> (column: Int, row: Int) {
        let (rows, long) = count.quotientAndRemainder(dividingBy: columns)
        let longEntries = long * (rows + 1)
        if i < longEntries { return (i / (rows + 1), i % (rows + 1)) }
        return (long + (i - longEntries) / max(rows, 1), (i - longEntries) % max(rows, 1))
    }

    /// Each column's width (line sample, pad and widest label) and each row's height (its tallest label).
    static func grid(_ sizes: [Size], columns: Int, text: TextSizes) -> (columnWidths: [Double], rowHeights: [Double]) {
        var widths = Array(repeating: 0.0, count: columns)
        var heights: [Double] = []
        for (i, size) in sizes.enumerated() {
            let (column, row) = place(i, count: sizes.count, columns: columns)
            widths[column] = max(widths[column], text.legendHandleLength + text.legendHandleTextPad + size.width)
            if row >= heights.count { heights.append(0) }
            heights[row] = max(heights[row], size.height)
        }
        return (widths, heights)
    }

    /// The legend's frame in the plot area: at the asked position, or for `best` the candidate
    /// that covers the fewest curve vertices and crosses the fewest curves (matplotlib's rule).
    public func frame(at position: LegendPosition, in area: Rect, curves: [[[Point]]]) -> Rect {
        let pad = text.legendBorderAxesPad
        guard position == .best else { return position.frame(of: size, in: area, pad: pad) }
        var best = LegendPosition.upperRight.frame(of: size, in: area, pad: pad)
        var bestBadness = Int.max
        for candidate in LegendPosition.candidates {
            let frame = candidate.frame(of: size, in: area, pad: pad)
            let badness = Self.badness(of: frame, curves: curves)
            if badness < bestBadness {
                best = frame
                bestBadness = badness
                if badness == 0 { break }
            }
        }
        return best
    }

    /// How many vertices lie in the frame, plus how many curves cross it.
    static func badness(of frame: Rect, curves: [[[Point]]]) -> Int {
        let clipper = LineClipper(area: frame)
        var badness = 0
        for curve in curves {
            var crosses = false
            for line in curve {
                for p in line where frame.contains(p) { badness += 1 }
                if !crosses {
                    for i in line.indices.dropFirst() where clipper.clip(line[i - 1], line[i]) != nil {
                        crosses = true
                        break
                    }
                }
            }
            if crosses { badness += 1 }
        }
        return badness
    }

    /// Draws the box, line samples and labels.
    public func draw(in frame: Rect, on canvas: Canvas, theme: Theme) {
        canvas.fill(frame, color: theme.legendFace, cornerRadius: text.legendCornerRadius)
        canvas.strokeRect(frame, style: StrokeStyle(color: theme.legendEdge, width: FigureStyle.legendEdgeWidth),
                          cornerRadius: text.legendCornerRadius)
        let layout = Self.grid(entries.map(\.size), columns: columns, text: text)
        var columnX = [frame.minX + text.legendBorderPad], rowY = [frame.minY + text.legendBorderPad]
        for w in layout.columnWidths.dropLast() { columnX.append(columnX.last! + w + text.legendColumnSpacing) }
        for h in layout.rowHeights.dropLast() { rowY.append(rowY.last! + h + text.legendLabelSpacing) }
        let style = TextStyle(size: text.base, color: theme.foreground)
        for (i, series) in entries.map(\.series).enumerated() {
            let (column, row) = Self.place(i, count: entries.count, columns: columns)
            let x = columnX[column]
            let middle = rowY[row] + layout.rowHeights[row] / 2
            let width = series.width * FigureStyle.point
            if let size = series.markerSize {
                let centre = Point(x + text.legendHandleLength / 2, middle)
                canvas.stroke(Path([[centre, centre]]), style: .dots(color: theme.curveColor(series.color), diameter: size * FigureStyle.point))
            } else {
                canvas.stroke(.line(Point(x, middle), Point(x + text.legendHandleLength, middle)),
                              style: StrokeStyle(color: theme.curveColor(series.color), width: width, lineStyle: series.lineStyle))
            }
            canvas.draw(series.label, at: Point(x + text.legendHandleLength + text.legendHandleTextPad, middle),
                        anchor: TextAnchor(horizontal: 0, vertical: 0.5), angle: 0, style: style, markup: true, maxWidth: maxLabelWidth)
        }
    }
}
