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
    public let figure: Figure
    /// The width in characters, at least 20.
    public let columns: Int
    /// The height in lines; the plot area keeps at least 3 rows, whatever the furniture needs.
    public let rows: Int
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
        let heading = [figure.title, panel.title].map(Self.plainText).filter { !$0.isEmpty }.joined(separator: " — ")
        var layout = TerminalLayout(panel: panel, entries: entries, heading: !heading.isEmpty, width: columns, plotRows: rows)
        // The furniture's height depends on the layout it surrounds (the y labels' width sets the
        // legend's indent, hence its wrapping), so let the plot height settle.
        for _ in 0..<3 {
            let plotRows = max(Self.minimumPlotRows, rows - layout.furnitureLines)
            if plotRows == layout.plotRows { break }
            layout = TerminalLayout(panel: panel, entries: entries, heading: !heading.isEmpty, width: columns, plotRows: plotRows)
        }

        var lines: [CellRow] = []
        let plotStart = layout.axisColumn + 1
        if !heading.isEmpty {
            lines.append(centred(heading, over: plotStart, layout.plotColumns))
        }
        if !layout.header.isEmpty {
            var line = CellRow(width: columns)
            line.put(Self.fitted(layout.header, columns), at: 0)
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
            var line = CellRow(width: columns)
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
        let labelled = panel.series.indices.filter { !Self.plainText(panel.series[$0].label).isEmpty }
        return labelled.enumerated().map { k, i in
            LegendEntry(series: i, marker: color ? "⣿" : Self.letters[k % Self.letters.count],
                        label: Self.plainText(panel.series[i].label), color: curveColor(panel.series[i]))
        }
    }

    /// The escape colour of a curve: none without colour, nor for black, which the terminal's
    /// own foreground stands for (Theme.curveColor's rule for dark backgrounds).
    private func curveColor(_ series: Series) -> Color? {
        color && series.color != .black ? series.color : nil
    }

    private func centred(_ text: String, over start: Int, _ width: Int) -> CellRow {
        var line = CellRow(width: columns)
        let text = Self.fitted(text, columns)
        line.put(text, at: min(max(start + (width - text.count) / 2, 0), columns - text.count))
        return line
    }

    /// The y tick labels, the axis line and the braille cells, one line per plot row.
    private func plotRows(_ panel: Panel, _ entries: [LegendEntry], _ layout: TerminalLayout) -> [CellRow] {
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
            var line = CellRow(width: columns)
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
    private func xAxisRows(_ layout: TerminalLayout) -> [CellRow] {
        let plotStart = layout.axisColumn + 1
        var axis = CellRow(width: columns)
        axis.put("└" + String(repeating: "─", count: layout.plotColumns), at: layout.axisColumn)
        var labels = CellRow(width: columns)
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

    /// Text as the canvas shows it, on one line: Pango tags dropped and entities decoded when the
    /// text is valid markup, as it is otherwise (the Cairo canvas falls back the same way), and
    /// control characters, which would move the cursor, turned into spaces.
    static func plainText(_ text: String?) -> String {
        guard let text else { return "" }
        let visible = String(text.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 })
        return stripMarkup(visible) ?? visible
    }

    private static func stripMarkup(_ text: String) -> String? {
        var result = ""
        var rest = Substring(text)
        while let i = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            result += rest[..<i]
            let opening = rest[i]
            rest = rest[rest.index(after: i)...]
            guard let end = rest.firstIndex(of: opening == "<" ? ">" : ";") else { return nil }
            let body = rest[..<end]
            rest = rest[rest.index(after: end)...]
            if opening == "<" {
                let name = body.hasPrefix("/") ? body.dropFirst() : body
                guard name.first?.isLetter == true, !name.contains("<") else { return nil }
            } else {
                guard let character = entity(body) else { return nil }
                result.append(character)
            }
        }
        return result + rest
    }

    private static func entity(_ name: Substring) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// The text cut to `width` characters, an ellipsis marking the cut.
    static func fitted(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }

    /// One line of the chart: characters, each with an optional colour, cut at the chart's width.
    struct CellRow {
        let width: Int
        private var cells: [(character: Character, color: Color?)] = []

        init(width: Int) {
            self.width = width
        }

        /// How many characters the line holds so far, trailing spaces included.
        var count: Int { cells.count }

        /// Writes text from a column on, over what was there; what falls outside the line is dropped.
        mutating func put(_ text: String, at column: Int, color: Color? = nil) {
            for (offset, character) in text.enumerated() where (0..<width).contains(column + offset) {
                let i = column + offset
                if cells.count <= i { cells += repeatElement((character: " ", color: nil), count: i + 1 - cells.count) }
                cells[i] = (character, color)
            }
        }

        /// The line without trailing spaces; with escapes, each coloured run opens with a 24-bit
        /// foreground colour and the line returns to the default foreground before it ends.
        func text(escapes: Bool) -> String {
            let used = cells.lastIndex { $0.character != " " }.map { $0 + 1 } ?? 0
            var text = ""
            var current: Color?
            for (character, color) in cells[..<used] {
                let color = escapes ? color : nil
                // A space looks the same in any colour, so it never opens a run.
                if character != " ", color != current {
                    text += color.map(Self.escape) ?? Self.defaultForeground
                    current = color
                }
                text.append(character)
            }
            if current != nil { text += Self.defaultForeground }
            return text
        }

        private static let defaultForeground = "\u{1B}[39m"

        private static func escape(_ color: Color) -> String {
            func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
            return "\u{1B}[38;2;\(byte(color.red));\(byte(color.green));\(byte(color.blue))m"
        }
    }
}
