import Foundation
import LossFunctions
import Plotting
import TestUtilities
import PlottingTestSupport
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// Issue 14's furniture: scales, reference lines, spans, colours, line styles and widths, and
/// constant factors, from flags and from manifests.
@Suite("Axis scales, reference lines, spans and each curve's look")
struct FurnitureTests {
    static let refused: [([String], String)] = [
        (["l1", "--xscale", "ln"], "--xscale: 'ln' is not a scale; use one of linear, log, symlog, logit"),
        (["l1", "--yscale", "Log"], "--yscale: 'Log' is not a scale; use one of linear, log, symlog, logit"),
        (["l1", "--xscale", "symlog", "--linthresh", "0"], "--linthresh: '0' is not allowed; it must be a number above 0"),
        (["l1", "--xscale", "symlog", "--linthresh", "x"], "--linthresh: 'x' is not a number"),
        (["l1", "--linthresh", "2"], "--linthresh: '2' is read by a symlog axis only; add --xscale symlog or --yscale symlog"),
        (["l1", "--xscale", "log", "--range", "-3:0"],
         "--range: '-3:0' cannot be shown on a log x axis, which shows values above 0 only; give a range inside it"),
        (["l1", "--xscale", "logit", "--range", "1:2"],
         "--range: '1:2' cannot be shown on a logit x axis, which shows values between 0 and 1 only; give a range inside it"),
        (["l1", "--xscale", "log", "--xlim", "-1:1"], "--xlim: '-1:1' cannot be shown on a log x axis, which shows values above 0 only"),
        (["l1", "--yscale", "logit", "--ylim", "0:1"], "--ylim: '0:1' cannot be shown on a logit y axis, which shows values between 0 and 1 only"),
        (["l1", "--hline", "abc"], "--hline: 'abc' is not a number"),
        (["l1", "--vline", "inf"], "--vline: 'inf' is not allowed; a finite number is needed"),
        (["l1", "--span", "1"], "--span: '1' is not of the form LO:HI or LO:HI:LABEL"),
        (["l1", "--span", "2:1:x"], "--span: '2:1' is empty or reversed; LO must be below HI"),
        (["l1", "--span", "0:nan"], "--span: 'nan' is not allowed; a finite number is needed"),
        (["l1", "--color", "bleu"], "--color: 'bleu' is not a colour; use a matplotlib name (blue, gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb"),
        (["l1", "--color", "#12345g"], "--color: '#12345g' is not a colour; use a matplotlib name (blue, gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb"),
        (["l1", "--color", "C10"], "--color: 'C10' is not a colour; use a matplotlib name (blue, gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb"),
        (["l1", "l2", "l1", "--color", "red", "--color", "blue"],
         "--color: 2 values given for 3 curves; give one for all curves or one per curve, in order"),
        (["l1", "--linestyle", "dash"], "--linestyle: 'dash' is not a line style; use solid, dashed, dashdot or dotted"),
        (["l1", "--linewidth", "0"], "--linewidth: '0' is not allowed; it must be a number of points above 0 and at most 100"),
        (["l1", "--linewidth", "-1"], "--linewidth: '-1' is not allowed; it must be a number of points above 0 and at most 100"),
        (["l1", "--linewidth", "1e9"], "--linewidth: '1e9' is not allowed; it must be a number of points above 0 and at most 100"),
        (["l1", "--factor", "0"], "--factor: '0' is not allowed; it must be a finite number above 0"),
        (["l1", "--factor", "-inf"], "--factor: '-inf' is not allowed; a finite number is needed"),
        (["l1", "l2", "--factor", "1", "--factor", "2", "--factor", "3"],
         "--factor: 3 values given for 2 curves; give one for all curves or one per curve, in order"),
    ]

    @Test("a bad value of a new flag is refused in one line naming the flag, exit 1, nothing written", arguments: refused)
    func badInput(arguments: [String], expected: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(failure(arguments + ["--out", folder + "/fig.png"]))
        #expect(result.message == "Error: " + expected)
        #expect(result.exitCode == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// CSS Color Module Level 4's values, and matplotlib's documented default cycle for C0 and C9.
    static let colors: [(String, UInt32)] = [
        ("gold", 0xFFD700), ("teal", 0x008080), ("yellowgreen", 0x9ACD32), ("cornflowerblue", 0x6495ED),
        ("darkorchid", 0x9932CC), ("orange", 0xFFA500), ("DarkOrchid", 0x9932CC), ("C0", 0x1F77B4), ("C9", 0x17BECF),
        ("tab:orange", 0xFF7F0E), ("g", 0x008000), ("c", 0x00BFBF), ("#0072b2", 0x0072B2),
    ]

    @Test("colours by matplotlib's names, C0 to C9 and #rrggbb", arguments: colors)
    func color(name: String, hex: UInt32) throws {
        let builder = try FigureBuilder(try spec(["l1", "--color", name, "--out", "x.png"]))
        #expect(builder.curves[0].color == Color(hex: hex))
    }

    @Test("line style, width and factor: one value for every curve or one per curve")
    func look() throws {
        #expect(try spec(["l1", "--linestyle=--", "--out", "x.png"]).curves[0].style == "--")
        let s = try spec(["l1", "l2", "--linestyle", "dashdot", "--linewidth", "2", "--linewidth", "0.5", "--factor", "3", "--out", "x.png"])
        #expect(s.curves.map(\.style) == ["dashdot", "dashdot"])
        #expect(s.curves.map(\.lineWidth) == [2, 0.5])
        #expect(s.curves.map(\.factor) == [3, 3])
        let figure = try FigureBuilder(s).figure(RenderOptions())
        #expect(figure.panels[0].series.map(\.lineStyle) == [.dashDot, .dashDot])
        #expect(figure.panels[0].series.map(\.width) == [2, 0.5])
        // l1 at x = -1 is 1; times 3.
        #expect(figure.panels[0].series[0].ys[0] == 3)
    }

    @Test("ESL's binomial deviance scaled by 1 / ln 2 passes through (0, 1), its slope there -1 / (2 ln 2)")
    func factor() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["sigmoid-cross-entropy", "--target", "1", "--range", "-1:1", "--samples", "3", "--gradient",
                            "--factor", "\(1 / log(2.0))", "--out", folder + "/d.csv"]) == nil)
        let rows = try String(contentsOfFile: folder + "/d.csv", encoding: .utf8).split(separator: "\n")
        let middle = rows[2].split(separator: ",").map { Double($0)! }
        #expect(middle[0] == 0)
        #expect(abs(middle[1] - 1) < 1e-15)
        #expect(abs(middle[2] + 0.5 / log(2.0)) < 1e-15)
    }

    @Test("reference lines and spans are drawn inside the plot area, under the curves")
    func referenceLines() throws {
        let s = try spec(["l1", "--hline", "0.5", "--vline", "0.25", "--vline", "5", "--span", "-0.5:0:calm: zone", "--out", "x.png"])
        #expect(s.hLines == [0.5] && s.vLines == [0.25, 5])
        #expect(s.spans == [Span(lower: -0.5, upper: 0, label: "calm: zone")])
        let figure = try FigureBuilder(s).figure(RenderOptions())
        let canvas = RecordingCanvas()
        FigureRenderer(figure).draw(on: canvas)
        let layout = FigureLayout(figure: figure, canvas: RecordingCanvas())
        let g = layout.panels[0]
        let spanFills = canvas.commands.compactMap { command -> Rect? in
            if case let .fill(rect, color) = command, color == FigureStyle.spanColor { return rect }
            return nil
        }
        #expect(spanFills.count == 1)
        #expect(abs(spanFills[0].minX - g.xScale(-0.5)) < 1e-9 && abs(spanFills[0].maxX - g.xScale(0)) < 1e-9)
        let references = canvas.commands.compactMap { command -> Path? in
            if case let .stroke(path, style, _) = command, style.color == FigureStyle.referenceLineColor { return path }
            return nil
        }
        // x = 5 is outside the view: not drawn.
        #expect(references.count == 1 && references[0].subpaths.count == 2)
        #expect(references[0].subpaths.contains { $0.allSatisfy { abs($0.y - g.yScale(0.5)) < 1e-9 } })
        #expect(references[0].subpaths.contains { $0.allSatisfy { abs($0.x - g.xScale(0.25)) < 1e-9 } })
        #expect(canvas.commands.contains { if case let .text(t, _, _, _, _) = $0 { t == "calm: zone" } else { false } })
        let firstCurve = canvas.commands.firstIndex { if case let .stroke(_, style, _) = $0 { style.color == CurvePalette.standard.colors[0] } else { false } }
        let firstReference = canvas.commands.firstIndex { if case let .stroke(_, style, _) = $0 { style.color == FigureStyle.referenceLineColor } else { false } }
        #expect(try #require(firstReference) < (try #require(firstCurve)))
    }

    @Test("a range a log axis shows in part is drawn where it can be, with a one-line warning")
    func partialRange() throws {
        let builder = try FigureBuilder(try spec(["l2", "--range", "-3:3", "--xscale", "log", "--out", "x.png"]))
        #expect(builder.warnings.count == 1)
        #expect(builder.warnings[0].contains("a log x axis shows values above 0 only; of the range -3:3 it draws"))
        let figure = builder.figure(RenderOptions())
        #expect(figure.hiddenCurves.isEmpty)
        #expect(figure.panels[0].xView.lowerBound > 0)
    }

    @Test("curves that show nothing are named in one warning line, and the figure is still written",
          arguments: [["l1", "--ylim", "5:6"], ["binary-cross-entropy", "--range", "2:3"], ["l2", "--target", "0", "--range", "-1:1",
                                                                                          "--samples", "3", "--yscale", "log", "--ylim", "2:3"]])
    func hidden(arguments: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let s = try spec(arguments + ["--out", folder + "/f.png"])
        let builder = try FigureBuilder(s)
        let hidden = try FigureOutput.write(builder, options: RenderOptions(), kind: .image(.png), to: folder + "/f.png")
        #expect(hidden == builder.curves.map(\.label))
        #expect(FileManager.default.fileExists(atPath: folder + "/f.png"))
        let warning = try #require(FigureOutput.hiddenWarning(hidden, figure: "f.png"))
        #expect(!warning.contains("\n") && warning.contains("'\(builder.curves[0].label)'"))
        #expect(FigureOutput.hiddenWarning([], figure: "f.png") == nil)
    }

    @Test("a loss of -0 (a zero-weight term) is written 0 in CSV and JSON")
    func negativeZero() {
        #expect(ShortNumber.shortest(-0.0) == "0.0")
        #expect(DataExporter.jsonNumber(-0.0) == "0.0")
        #expect(ShortNumber.shortest(-1e-300) == "-1e-300")
    }

    @Test("no loss of the catalog writes -0 at any sample of its default sweep, derivatives included")
    func noNegativeZeroAnywhere() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in Catalog.all.map(\.name) {
            #expect(runCommand([name, "--samples", "201", "--gradient", "--out", folder + "/n.csv"]) == nil)
            let text = try String(contentsOfFile: folder + "/n.csv", encoding: .utf8)
            #expect(!text.contains("-0.0,") && !text.contains("-0.0\n"), "\(name)")
        }
    }

    @Test("the new fields read from a manifest and draw as from flags")
    func manifest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let json = """
            {"figures": [{"name": "m", "range": [0.001, 1], "samples": 50, "xScale": "log", "yScale": "symlog", "linthresh": 0.5,
              "hLines": [1], "vLines": [0.1], "spans": [{"lower": 0.5, "upper": 1, "label": "easy"}],
              "curves": [{"loss": "binary-cross-entropy", "target": 1, "color": "gold", "style": "dashed", "lineWidth": 2, "factor": 0.5}]}]}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: folder + "/m.json"))
        let specs = try Manifest.load(path: folder + "/m.json")
        #expect(specs[0].xScale == "log" && specs[0].linthresh == 0.5 && specs[0].spans?.first?.label == "easy")
        let figure = try FigureBuilder(specs[0]).figure(RenderOptions())
        #expect(figure.panels[0].xScale == .log && figure.panels[0].yScale == .symlog(linthresh: 0.5))
        #expect(figure.panels[0].series[0].color == Color(hex: 0xFFD700) && figure.panels[0].series[0].width == 2)
        #expect(abs(figure.panels[0].series[0].ys[0] - 0.5 * -log(0.001)) < 1e-12)
        let bad = json.replacingOccurrences(of: "\"label\": \"easy\"", with: "\"text\": \"easy\"")
        try Data(bad.utf8).write(to: URL(fileURLWithPath: folder + "/b.json"))
        #expect(throws: InputError("--manifest: '\(folder)/b.json': figure 1, span 1 has the unknown field 'text'")) {
            try Manifest.load(path: folder + "/b.json")
        }
        for (field, value, message) in [("xScale", "\"ln\"", "xScale 'ln' is not a scale"), ("linthresh", "-1", "linthresh -1 is not allowed"),
                                        ("xLimits", "[-1, 1]", "xlim -1:1 cannot be shown on a log x axis")] {
            var s = specs[0]
            let data = try JSONEncoder().encode(s)
            var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            object[field] = try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
            s = try JSONDecoder().decode(FigureSpec.self, from: JSONSerialization.data(withJSONObject: object))
            #expect(throws: (any Error).self) { try FigureBuilder(s) }
            do { _ = try FigureBuilder(s) } catch { #expect("\(error)".contains(message), "\(error)") }
        }
    }

    @Test("the terminal chart draws a log x axis with matplotlib's labels and the curve as a falling line")
    func terminalLog() throws {
        let figure = try FigureBuilder(try spec(["bce", "--target", "1", "--range", "1e-6:1", "--xscale", "log", "--out", "x.png"]))
            .figure(RenderOptions())
        let chart = TerminalChart(figure: figure, columns: 80, rows: 20, color: false).render()
        for label in ["10⁻⁶", "10⁻³", "10⁰"] { #expect(chart.contains(label), "\(chart)") }
        // -log p on a log axis is straight: the curve's row falls by the same amount each column.
        let rows = chart.split(separator: "\n").map { Array($0) }
        let axis = try #require(rows.first { $0.contains("└") })
        let start = try #require(axis.firstIndex(of: "└")) + 1
        var heights: [Int] = []
        for column in stride(from: start + 5, to: start + 60, by: 10) {
            if let row = rows.firstIndex(where: { column < $0.count && (0x2801...0x28FF).contains($0[column].unicodeScalars.first!.value) }) {
                heights.append(row)
            }
        }
        #expect(heights.count >= 5)
        let steps = zip(heights.dropFirst(), heights).map { $0 - $1 }
        #expect((steps.max() ?? 0) - (steps.min() ?? 0) <= 1, "\(heights)")
    }

    static let axisKinds: [(String, String, String)] = [
        ("linear", "-2:2", "-1:1"), ("log", "0.01:100", "0.1:10"), ("symlog", "-100:100", "-10:10"), ("logit", "0.001:0.999", "0.01:0.99"),
    ]

    @Test("every axis kind works with limits, facets, derivative panels and the terminal chart", arguments: axisKinds)
    func everyPath(scale: String, range: String, limits: String) throws {
        let kind = try #require(AxisScale(name: scale))
        let paths: [[String]] = [
            ["huber", "pseudo-huber", "--delta", "0.5,1", "--facet", "delta"],
            ["pseudo-huber", "--delta", "0.5,1", "--gradient"],
            ["huber", "--delta", "0.5,1", "--xlim", limits],
        ]
        for path in paths {
            let figure = try FigureBuilder(try spec(path + ["--range", range, "--xscale", scale, "--out", "x.png"])).figure(RenderOptions())
            #expect(figure.panels.count >= 2 || path.contains("--xlim"))
            #expect(figure.panels.allSatisfy { $0.xScale == kind })
            #expect(figure.hiddenCurves.isEmpty, "\(path)")
            let chart = TerminalChart(figure: figure, columns: 80, rows: 20, color: false).render()
            #expect(chart.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        }
        let logY = try FigureBuilder(try spec(["pseudo-huber", "--delta", "1", "--gradient", "--range", range, "--xscale", scale,
                                               "--yscale", "log", "--out", "x.png"])).figure(RenderOptions())
        // A derivative changes sign: its panel keeps a linear y axis.
        #expect(logY.panels[0].yScale == .log && logY.panels[1].yScale == .linear)
    }

    @Test("a geometric parameter sweep's colour bar is a log axis, labelled as matplotlib's LogNorm colour bar")
    func logColorBar() throws {
        let figure = try FigureBuilder(try spec(["pseudo-huber", "--delta", "0.1:10:12", "--geometric", "--out", "x.png"]))
            .figure(RenderOptions())
        let ticks = try #require(FigureLayout(figure: figure, canvas: RecordingCanvas()).colorBarTicks)
        #expect(ticks.values == [0.1, 1, 10])
        #expect(ticks.labels == ["10⁻¹", "10⁰", "10¹"])
        #expect(ticks.minorValues.count == 16)
    }
}
