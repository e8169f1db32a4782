/// A legend box: one row per labelled curve, a line sample then the label.
public struct Legend {
    /// The labelled curves, in order, each with its label's measured size in pixels at scale 1.
    public let entries: [(series: Series, size: Size)]
    /// The whole box's size, padding included, in pixels at scale 1.
    public let size: Size
    /// Labels wider than this wrap, then end in an ellipsis.
    public let maxLabelWidth: Double

    /// The text sizes and spacings it is drawn with.
    public let text: TextSizes

    /// Measures the entries of a panel's labelled curves, with text of `text`'s base size.
    public init(series: [Series], canvas: Canvas, maxLabelWidth: Double, text: TextSizes = TextSizes()) {
        let style = TextStyle(size: text.base)
        self.maxLabelWidth = maxLabelWidth
        self.text = text
        entries = series.filter { !$0.label.isEmpty }.map {
            ($0, canvas.measure($0.label, style: style, markup: true, maxWidth: maxLabelWidth))
        }
        let textWidth = entries.map(\.size.width).max() ?? 0
        let rows = entries.map(\.size.height).reduce(0, +) + Double(max(entries.count - 1, 0)) * text.legendLabelSpacing
        size = Size(2 * text.legendBorderPad + text.legendHandleLength + text.legendHandleTextPad + textWidth,
                    2 * text.legendBorderPad + rows)
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
        var y = frame.minY + text.legendBorderPad
        let x = frame.minX + text.legendBorderPad
        let style = TextStyle(size: text.base, color: theme.foreground)
        for (series, size) in entries {
            let middle = y + size.height / 2
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
            y += size.height + text.legendLabelSpacing
        }
    }
}
