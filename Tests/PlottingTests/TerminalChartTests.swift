import PlottingTestSupport
import Testing
@testable import Plotting

/// A rendered chart read back from its text alone: the plot area is found from the axis corner
/// "└", its rows are the lines above it with "│" or "┤" in that column.
struct ReadChart {
    let lines: [[Character]]
    let axisLine: Int
    let axisColumn: Int
    let plotTop: Int
    let plotColumns: Int

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(Self.visible(String($0))) }
        axisLine = lines.firstIndex { $0.contains("└") }!
        axisColumn = lines[axisLine].firstIndex(of: "└")!
        plotColumns = lines[axisLine].dropFirst(axisColumn + 1).prefix { $0 == "─" || $0 == "┬" }.count
        var top = axisLine
        while top > 0, lines[top - 1].count > axisColumn, ["│", "┤"].contains(lines[top - 1][axisColumn]) { top -= 1 }
        plotTop = top
    }

    var plotRows: Int { axisLine - plotTop }

    /// The character of a plot cell, column 0 at the left and row 0 at the top.
    func cell(_ column: Int, _ row: Int) -> Character {
        let line = lines[plotTop + row]
        let i = axisColumn + 1 + column
        return i < line.count ? line[i] : " "
    }

    func isBlank(_ column: Int, _ row: Int) -> Bool {
        cell(column, row) == " " || cell(column, row) == "\u{2800}"
    }

    /// Whether the cell is a braille character with at least one dot.
    func isDots(_ column: Int, _ row: Int) -> Bool {
        (0x2801...0x28FF).contains(cell(column, row).unicodeScalars.first!.value)
    }

    /// The y tick labels, top to bottom: what stands left of each "┤".
    var yTickLabels: [String] {
        lines[plotTop..<axisLine].filter { $0[axisColumn] == "┤" }.map {
            String($0[..<axisColumn]).trimmingSpaces
        }
    }

    /// The lines below the axis, as text.
    var footer: [String] { lines[(axisLine + 1)...].map { String($0) } }

    /// Text with its ANSI escape sequences taken out.
    static func visible(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if character == "\u{1B}" {
                escaping = true
            } else if escaping {
                if character.isLetter { escaping = false }
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

@Suite("TerminalChart: a figure as braille text, with axes and a legend, within the terminal's width")
struct TerminalChartTests {
    let unit = linspace(0, 1, 101)

    func chart(_ series: [Series], title: String? = nil, xLimits: ClosedRange<Double>? = 0...1,
               yLimits: ClosedRange<Double>? = 0...1, columns: Int = 60, rows: Int? = 20, color: Bool = true) -> String {
        let panel = Panel(series: series, xLabel: "x", yLabel: "y", xLimits: xLimits, yLimits: yLimits)
        return TerminalChart(figure: Figure(title: title, panels: [panel]), columns: columns, rows: rows, color: color).render()
    }

    /// Four labelled curves spread over [−1, 1], with long labels and a long title to wrap and cut.
    var crowded: Figure {
        let xs = linspace(-1, 1, 201)
        let series = [
            Series(label: "huber δ = 0.5, a label long enough to be cut on a narrow terminal", xs: xs,
                   ys: xs.map { abs($0) <= 0.5 ? $0 * $0 / 2 : 0.5 * (abs($0) - 0.25) }, color: CurvePalette.standard.colors[0]),
            Series(label: "squared", xs: xs, ys: xs.map { $0 * $0 / 2 }, color: CurvePalette.standard.colors[1]),
            Series(label: "absolute", xs: xs, ys: xs.map { abs($0) }, color: CurvePalette.standard.colors[2]),
            Series(label: "a big one", xs: xs, ys: xs.map { 1e7 * $0 }, color: .black),
        ]
        let panel = Panel(series: series, xLabel: "residual r = y − ŷ", yLabel: "loss")
        return Figure(title: "Huber against the squared and absolute losses, as a title too long for most terminals",
                      panels: [panel])
    }

    @Test("y = x over [0, 1] lights the bottom-left and top-right cells and leaves the top-left blank")
    func diagonal() {
        let read = ReadChart(chart([Series(label: "y = x", xs: unit, ys: unit, color: .matplotlibBlue)]))
        let right = read.plotColumns - 1, bottom = read.plotRows - 1
        #expect(read.plotColumns > 40 && read.plotRows > 10)
        #expect(read.isDots(0, bottom))
        #expect(read.isDots(right, 0))
        #expect(read.isBlank(0, 0))
        #expect(read.isBlank(right, bottom))
        // Halfway along, the line is halfway up.
        #expect((0..<read.plotRows).contains { read.isDots(read.plotColumns / 2, $0) && abs($0 - read.plotRows / 2) <= 1 })
    }

    @Test("dots follow Unicode's braille numbering: a top edge is ⠉, a bottom edge ⣀, a left edge ⡇")
    func brailleDots() {
        // Dots 1 and 4 are a cell's top pair (U+2809), 7 and 8 its bottom pair (U+28C0), and 1, 2, 3, 7
        // its left column (U+2847), whatever the font.
        let series = [Series(label: "top", xs: [0, 1], ys: [1, 1], color: .matplotlibBlue),
                      Series(label: "bottom", xs: [0, 1], ys: [0, 0], color: .matplotlibBlue),
                      Series(label: "left", xs: [0, 0], ys: [0, 1], color: .matplotlibBlue)]
        let read = ReadChart(chart(series))
        let bottom = read.plotRows - 1
        #expect((1..<read.plotColumns).allSatisfy { read.cell($0, 0) == "\u{2809}" })
        #expect((1..<read.plotColumns).allSatisfy { read.cell($0, bottom) == "\u{28C0}" })
        #expect((1..<bottom).allSatisfy { read.cell(0, $0) == "\u{2847}" })
    }

    @Test("a run of NaN samples leaves the columns under it blank, and the line goes on either side",
          arguments: [true, false])
    func nanGap(color: Bool) {
        let ys = unit.map { $0 > 0.4 && $0 < 0.6 ? .nan : 0.5 }
        let read = ReadChart(chart([Series(label: "gap", xs: unit, ys: ys, color: .matplotlibRed)], color: color))
        func column(_ x: Double) -> Int { Int(x * Double(read.plotColumns)) }
        for x in [0.45, 0.5, 0.55] {
            #expect((0..<read.plotRows).allSatisfy { read.isBlank(column(x), $0) }, "x = \(x)")
        }
        for x in [0.2, 0.3, 0.7, 0.8] {
            #expect((0..<read.plotRows).contains { read.isDots(column(x), $0) }, "x = \(x)")
        }
    }

    @Test("no line is wider than the terminal, escapes aside", arguments: [20, 80, 200], [true, false])
    func width(columns: Int, color: Bool) {
        let text = TerminalChart(figure: crowded, columns: columns, rows: nil, color: color).render()
        let lines = text.split(separator: "\n").map { ReadChart.visible(String($0)) }
        #expect(lines.allSatisfy { $0.count <= columns })
        // The chart uses the width it has: the axis line runs nearly to the edge.
        #expect(ReadChart(text).lines[ReadChart(text).axisLine].count >= columns - 4)
    }

    @Test("a width below 20 is taken as 20")
    func minimumWidth() {
        let text = TerminalChart(figure: crowded, columns: 5, rows: nil, color: false).render()
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 20 })
        #expect(ReadChart(text).plotColumns >= 10)
    }

    @Test("without rows, the height is a third of the width, from 10 to 40 lines",
          arguments: [(20, 10), (60, 20), (90, 30), (300, 40)])
    func height(columns: Int, lines: Int) {
        let series = [Series(label: "y = x", xs: unit, ys: unit, color: .matplotlibBlue)]
        #expect(chart(series, columns: columns, rows: nil).split(separator: "\n").count == lines)
    }

    @Test("the legend lists every label under the axis, wrapping where a line is full", arguments: [80, 200], [true, false])
    func legend(columns: Int, color: Bool) {
        let read = ReadChart(TerminalChart(figure: crowded, columns: columns, rows: nil, color: color).render())
        let footer = read.footer.joined(separator: "\n")
        for series in crowded.panels[0].series {
            #expect(footer.contains(series.label), "\(series.label)")
        }
    }

    @Test("without colour, each curve has its own letter, in the legend and on the curve")
    func letters() {
        let levels = [0.2, 0.5, 0.8]
        let series = levels.map { level in Series(label: "y = \(level)", xs: unit, ys: unit.map { _ in level }, color: .matplotlibBlue) }
        let read = ReadChart(chart(series, columns: 80, color: false))
        let legend = read.footer.joined(separator: "\n")
        // The legend writes each entry as "<letter> <label>".
        let letters = series.compactMap { s in legend.range(of: " " + s.label).flatMap { legend[..<$0.lowerBound].last } }
        #expect(letters.count == series.count)
        #expect(Set(letters).count == series.count)
        #expect(letters.allSatisfy { $0.isLetter })
        for (letter, level) in zip(letters, levels) {
            // The letter stands on its own curve's row.
            let row = Int(((1 - level) * Double(read.plotRows * 4 - 1)).rounded()) / 4
            #expect((0..<read.plotColumns).contains { read.cell($0, row) == letter }, "\(letter)")
        }
    }

    @Test("without colour there is no escape character at all")
    func noColor() {
        let text = TerminalChart(figure: crowded, columns: 80, rows: nil, color: false).render()
        #expect(!text.contains("\u{1B}"))
    }

    @Test("with colour, a curve's cells and legend marker carry its RGB as a 24-bit escape")
    func color() {
        let text = TerminalChart(figure: crowded, columns: 80, rows: nil, color: true).render()
        // The palette's first three colours, 0x0072B2, 0xD55E00 and 0x009E73, byte by byte.
        for rgb in ["0;114;178", "213;94;0", "0;158;115"] {
            #expect(text.contains("\u{1B}[38;2;\(rgb)m"), "\(rgb)")
        }
        // Black keeps the terminal's foreground: no escape for it.
        #expect(!text.contains("38;2;0;0;0m"))
        // Every line hands the terminal back its default foreground.
        for line in text.split(separator: "\n") {
            if let last = line.ranges(of: "\u{1B}[").last { #expect(line[last.upperBound...].hasPrefix("39m")) }
        }
    }

    @Test("where curves meet, a cell takes the colour of the curve drawn last")
    func lastDrawnColor() {
        let text = chart([Series(label: "first", xs: unit, ys: unit, color: .matplotlibRed),
                          Series(label: "second", xs: unit, ys: unit, color: .matplotlibBlue)])
        let read = ReadChart(text)
        let plot = text.split(separator: "\n", omittingEmptySubsequences: false)[read.plotTop..<read.axisLine].joined()
        #expect(plot.contains("38;2;0;0;255m"))
        #expect(!plot.contains("38;2;255;0;0m"))
        #expect(text.contains("38;2;255;0;0m"))
    }

    @Test("tick labels are matplotlib's for [0, 1]: 0.0 to 1.0 by 0.2, on both axes")
    func tickLabels() {
        let read = ReadChart(chart([Series(label: "y = x", xs: unit, ys: unit, color: .matplotlibBlue)], columns: 80, rows: 24))
        #expect(read.yTickLabels == ["1.0", "0.8", "0.6", "0.4", "0.2", "0.0"])
        let xLabels = read.footer[0].split(separator: " ").map(String.init)
        #expect(xLabels == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test("negative ticks take a true minus sign")
    func minusSign() {
        let xs = linspace(-1, 1, 21)
        let read = ReadChart(chart([Series(label: "y = x", xs: xs, ys: xs, color: .matplotlibBlue)],
                                   xLimits: -1...1, yLimits: -1...1, columns: 80, rows: 24))
        #expect(read.yTickLabels.first == "1.0")
        #expect(read.yTickLabels.last == "\u{2212}1.0")
    }

    @Test("y limits cut the curve: y = x under a ceiling of 0.5 reaches the top row halfway across")
    func limits() {
        let read = ReadChart(chart([Series(label: "y = x", xs: unit, ys: unit, color: .matplotlibBlue)], yLimits: 0...0.5))
        let half = read.plotColumns / 2
        #expect((half - 1...half + 1).contains { read.isDots($0, 0) })
        #expect((half + 3..<read.plotColumns).allSatisfy { column in (0..<read.plotRows).allSatisfy { read.isBlank(column, $0) } })
    }

    @Test("only the first panel is drawn")
    func firstPanel() {
        let panels = [Panel(series: [Series(label: "loss", xs: unit, ys: unit, color: .matplotlibBlue)]),
                      Panel(series: [Series(label: "derivative", xs: unit, ys: unit, color: .matplotlibRed)])]
        let text = TerminalChart(figure: Figure(panels: panels, columns: 2), columns: 80, rows: nil, color: false).render()
        #expect(text.contains("loss"))
        #expect(!text.contains("derivative"))
    }

    @Test("titles and labels lose their Pango markup; text that is not valid markup stays as it is")
    func markup() {
        let series = [Series(label: "<i>δ</i> = 1", xs: unit, ys: unit, color: .matplotlibBlue)]
        let text = chart(series, title: "<b>Huber</b> &amp; squared", color: false)
        #expect(text.contains("Huber & squared"))
        #expect(text.contains("δ = 1"))
        #expect(chart(series, title: "r < 1 & r > 0", color: false).contains("r < 1 & r > 0"))
        #expect(!chart(series, title: "two\nlines", color: false).contains("two\nlines"))
    }

    @Test("degenerate figures still give a chart with axes", arguments: [
        [Series(label: "none finite", xs: [0, 1, 2], ys: [.nan, .infinity, -.infinity], color: .matplotlibRed)],
        [Series(label: "one sample", xs: [3], ys: [4], color: .matplotlibRed)],
        [Series(label: "empty", xs: [], ys: [], color: .matplotlibRed)],
        [],
    ])
    func degenerate(series: [Series]) {
        for columns in [1, 20, 80] {
            let text = TerminalChart(figure: Figure(panels: [Panel(series: series)]), columns: columns, rows: 4, color: true).render()
            let read = ReadChart(text)
            #expect(read.plotRows >= 3)
            #expect(text.split(separator: "\n").allSatisfy { ReadChart.visible(String($0)).count <= max(columns, 20) })
        }
        let empty = TerminalChart(figure: Figure(panels: []), columns: 40, rows: nil, color: false).render()
        #expect(ReadChart(empty).plotColumns > 0)
    }

    @Test("a lone sample shows as a lit cell")
    func loneSample() {
        let read = ReadChart(chart([Series(label: "one", xs: [0.5], ys: [0.5], color: .matplotlibRed)]))
        let lit = (0..<read.plotRows).flatMap { row in (0..<read.plotColumns).filter { read.isDots($0, row) } }
        #expect(lit.count == 1)
    }
}

@Suite("BrailleGrid: dots of a line, two by four to a cell")
struct BrailleGridTests {
    /// Unicode's dot bits by dot column then dot row, written out here from the standard's
    /// numbering (1, 2, 3 down the left, 4, 5, 6 down the right, 7 and 8 along the bottom).
    static let bits: [[UInt32]] = [[1, 2, 4, 64], [8, 16, 32, 128]]

    func lit(_ grid: BrailleGrid) -> Set<[Int]> {
        var dots: Set<[Int]> = []
        for x in 0..<grid.dotWidth {
            for y in 0..<grid.dotHeight {
                let value = grid.character(column: x / 2, row: y / 4)?.unicodeScalars.first!.value ?? 0x2800
                if (value - 0x2800) & Self.bits[x % 2][y % 4] != 0 { dots.insert([x, y]) }
            }
        }
        return dots
    }

    @Test("a line lights one dot per step along its longer side, the nearest to the exact line",
          arguments: [(7, 3), (9, 2), (2, 7), (3, 11), (5, 5)])
    func bresenham(dx: Int, dy: Int) {
        var grid = BrailleGrid(columns: 8, rows: 4)
        grid.line(from: 0, 0, to: dx, dy, series: 0)
        // These slopes never put the exact line halfway between two dots, so rounding decides alone.
        let expected: Set<[Int]> = dx >= dy
            ? Set((0...dx).map { x in [x, Int((Double(x * dy) / Double(dx)).rounded())] })
            : Set((0...dy).map { y in [Int((Double(y * dx) / Double(dy)).rounded()), y] })
        #expect(lit(grid) == expected)
        // Drawn backwards, the same dots.
        var reversed = BrailleGrid(columns: 8, rows: 4)
        reversed.line(from: dx, dy, to: 0, 0, series: 0)
        #expect(lit(reversed) == expected)
    }

    @Test("a cell two series share is no longer either's alone, and belongs to the later one")
    func owners() {
        var grid = BrailleGrid(columns: 2, rows: 1)
        grid.plot(0, 0, series: 0)
        grid.plot(1, 3, series: 1)
        grid.plot(2, 0, series: 0)
        #expect(grid.owner(column: 0, row: 0) == 1)
        #expect(!grid.isSole(column: 0, row: 0))
        #expect(grid.isSole(column: 1, row: 0))
        #expect(grid.character(column: 0, row: 0) == "\u{2881}")
    }
}

