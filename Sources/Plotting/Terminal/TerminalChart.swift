/// A figure drawn as text for a terminal: a title, y tick labels beside an axis line, a plot area
/// of braille cells (2 x 4 dots each), x tick labels under the axis, the x label and a legend,
/// no line wider than `columns` characters.
///
/// Only a figure's first panel is drawn when it has several: a terminal is too narrow for a grid.
/// Limits, ticks and labels are the panel's, as the pixel renderer has them; line styles and the
/// grid are not drawn, since a dash at the scale of braille dots reads as noise.
///
/// With `color`, each curve and its legend marker "⣿" take the series colour as a 24-bit ANSI
/// escape, and a cell where curves meet takes the colour of the one drawn last; black curves keep
/// the terminal's own foreground, which may be light. Without it there is no escape at all, and the
/// curves are told apart by letters (a, b, c, ...): each legend label starts with its curve's letter,
/// and the letter is written on the curve where it runs alone.
public struct TerminalChart: Sendable {
    /// The figure drawn; only its first panel is.
    public let figure: Figure
    /// The width in characters, at least 20.
    public let columns: Int
    /// The height in lines; the plot area keeps at least 3 rows, whatever the furniture needs.
    public let rows: Int
    /// Whether curves are coloured with 24-bit ANSI escapes; without, they are told apart by letters.
    public let color: Bool

    static let minimumColumns = 20
    static let minimumPlotRows = 3

    /// A chart `columns` characters wide; a nil `rows` makes it about a third as many lines, from 10 to 40.
    public init(figure: Figure, columns: Int, rows: Int?, color: Bool) {
        self.figure = figure
        self.columns = max(columns, Self.minimumColumns)
        self.rows = rows ?? min(max(self.columns / 3, 10), 40)
        self.color = color
    }

    /// The chart's lines joined by newlines, with none after the last.
    public func render() -> String {
        let panel = figure.panels.first ?? Panel(series: [])
        let entries = legendEntries(panel)
        let heading = [figure.title, panel.title].map(TerminalText.plain).filter { !$0.isEmpty }.joined(separator: " — ")
        var layout = TerminalLayout(panel: panel, entries: entries, heading: !heading.isEmpty, width: columns, plotRows: rows)
        // The furniture's height depends on the layout it surrounds (the y labels' width sets the
        // legend's indent, hence its wrapping), so let the plot height settle.
        for _ in 0..<3 {
            let plotRows = max(Self.minimumPlotRows, rows - layout.furnitureLines)
            if plotRows == layout.plotRows { break }
            layout = TerminalLayout(panel: panel, entries: entries, heading: !heading.isEmpty, width: columns, plotRows: plotRows)
        }

        var lines: [TerminalRow] = []
        let plotStart = layout.axisColumn + 1
        if !heading.isEmpty {
            lines.append(centred(heading, over: plotStart, layout.plotColumns))
        }
        if !layout.header.isEmpty {
            var line = TerminalRow(width: columns)
            line.put(TerminalText.fitted(layout.header, columns), at: 0)
            lines.append(line)
        }
        lines += plotRows(panel, entries, layout)
        lines += xAxisRows(layout)
        if !layout.xLabel.isEmpty || !layout.x.ticks.offsetText.isEmpty {
            var line = centred(layout.xLabel, over: plotStart, layout.plotColumns)
            let offset = layout.x.ticks.offsetText
            if !offset.isEmpty {
                line.put(offset, at: max(plotStart + layout.plotColumns - offset.count, line.count + 2))
            }
            lines.append(line)
        }
        for legendRow in layout.legend {
            var line = TerminalRow(width: columns)
            for (column, entry) in legendRow {
                line.put(String(entry.marker), at: column, color: entry.color)
                line.put(" " + entry.label, at: column + 1)
            }
            lines.append(line)
        }
        return lines.map { $0.text(escapes: color) }.joined(separator: "\n")
    }

    /// One labelled curve of the legend.
    struct LegendEntry {
        let series: Int
        let marker: Character
        let label: String
        let color: Color?

        var width: Int { 2 + label.count }
    }

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    private func legendEntries(_ panel: Panel) -> [LegendEntry] {
        guard panel.legend != .none else { return [] }
        let labelled = panel.series.indices.filter { !TerminalText.plain(panel.series[$0].label).isEmpty }
        return labelled.enumerated().map { k, i in
            LegendEntry(series: i, marker: color ? "⣿" : Self.letters[k % Self.letters.count],
                        label: TerminalText.plain(panel.series[i].label), color: curveColor(panel.series[i]))
        }
    }

    /// The escape colour of a curve: none without colour, nor for black, which the terminal's
    /// own foreground stands for (Theme.curveColor's rule for dark backgrounds).
    private func curveColor(_ series: Series) -> Color? {
        color && series.color != .black ? series.color : nil
    }

    private func centred(_ text: String, over start: Int, _ width: Int) -> TerminalRow {
        var line = TerminalRow(width: columns)
        let text = TerminalText.fitted(text, columns)
        line.put(text, at: min(max(start + (width - text.count) / 2, 0), columns - text.count))
        return line
    }

    /// The y tick labels, the axis line and the braille cells, one line per plot row.
    private func plotRows(_ panel: Panel, _ entries: [LegendEntry], _ layout: TerminalLayout) -> [TerminalRow] {
        var grid = BrailleGrid(columns: layout.plotColumns, rows: layout.plotRows)
        let clipper = LineClipper(area: Rect(x: 0, y: 0, width: Double(grid.dotWidth - 1), height: Double(grid.dotHeight - 1)))
        for (i, series) in panel.series.enumerated() {
            grid.draw(clipper.polylines(xs: series.xs, ys: series.ys, xScale: layout.x.scale, yScale: layout.y.scale), series: i)
        }
        let letters = color ? [:] : Self.letterCells(grid, entries)
        let colors = panel.series.map(curveColor)
        var tickLabels: [Int: String] = [:]
        for (row, label) in zip(layout.y.cells, layout.y.ticks.labels) where tickLabels[row] == nil {
            tickLabels[row] = label
        }
        let plotStart = layout.axisColumn + 1
        return (0..<grid.rows).map { row in
            var line = TerminalRow(width: columns)
            if let label = tickLabels[row] {
                line.put(label, at: layout.axisColumn - 1 - label.count)
            }
            line.put(tickLabels[row] == nil ? "│" : "┤", at: layout.axisColumn)
            for column in 0..<grid.columns {
                if let letter = letters[row * grid.columns + column] {
                    line.put(String(letter), at: plotStart + column)
                } else if let dots = grid.character(column: column, row: row) {
                    line.put(String(dots), at: plotStart + column, color: grid.owner(column: column, row: row).flatMap { colors[$0] })
                }
            }
            return line
        }
    }

    /// The x axis line with its tick marks, then the tick labels centred under them.
    private func xAxisRows(_ layout: TerminalLayout) -> [TerminalRow] {
        let plotStart = layout.axisColumn + 1
        var axis = TerminalRow(width: columns)
        axis.put("└" + String(repeating: "─", count: layout.plotColumns), at: layout.axisColumn)
        var labels = TerminalRow(width: columns)
        var end = Int.min
        for (cell, (start, label)) in zip(layout.x.cells, zip(layout.x.labelStarts, layout.x.ticks.labels)) {
            axis.put("┬", at: plotStart + cell)
            let column = min(max(plotStart + start, 0), columns - label.count)
            // A label the line's edge pushed onto its neighbour is left out rather than overprinted.
            guard column > end else { continue }
            labels.put(label, at: column)
            end = column + label.count
        }
        return [axis, labels]
    }

    /// Where each curve's letter goes: a cell the curve has to itself, as near as can be to a column
    /// of its own spread across the area, and never beside another letter.
    static func letterCells(_ grid: BrailleGrid, _ entries: [LegendEntry]) -> [Int: Character] {
        var letters: [Int: Character] = [:]
        for (k, entry) in entries.enumerated() {
            let target = grid.columns * (k + 1) / (entries.count + 1)
            var best: (distance: Int, index: Int)?
            for row in 0..<grid.rows {
                for column in 0..<grid.columns where grid.owner(column: column, row: row) == entry.series
                    && grid.isSole(column: column, row: row) {
                    let index = row * grid.columns + column
                    let crowded = (max(column - 1, 0)...min(column + 1, grid.columns - 1)).contains {
                        letters[row * grid.columns + $0] != nil
                    }
                    let distance = abs(column - target)
                    if !crowded, distance < best?.distance ?? .max { best = (distance, index) }
                }
            }
            if let best { letters[best.index] = entry.marker }
        }
        return letters
    }
}
