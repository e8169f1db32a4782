@testable import CairoCanvas
import Foundation
import Plotting
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("Maths in titles, labels and legends: refused in one line before anything is written, drawn as text")
struct MathsLabelTests {
    static let refused: [([String], String)] = [
        (["huber", "--label", #"$\foo$"#], #"--label: '$\foo$': unknown command \foo in maths (supported: Greek letters \alpha to \omega"#),
        (["huber", "--title", "$x^$"], "--title: '$x^$': ^ with nothing after it in maths"),
        (["huber", "--xlabel", "${r$"], "--xlabel: '${r$': unbalanced braces in maths: a { without its }"),
        (["huber", "--ylabel", "$\\rho$ in $"], #"--ylabel: '$\rho$ in $': an odd number of $ (maths goes between two $; write \$ for a dollar sign)"#),
        (["huber", "--span", "0:1:$a_$"], "--span: '$a_$': _ with nothing after it in maths"),
        (["huber", "--label", "a\n$x^$"], #"--label: 'a\n$x^$': ^ with nothing after it in maths"#),
        (["l1", "l2", "--label", "$x$", "--label", #"$\frac{1}{2}x^2$"#],
         #"--label: '$\frac{1}{2}x^2$': \frac is not supported in labels: write a/b, or \left(a\right)/b"#),
    ]

    @Test("a label whose maths cannot be drawn is refused naming the flag, the value and the command; nothing is written",
          arguments: refused)
    func refusal(arguments: [String], expected: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(runCommand(arguments + ["--out", folder + "/fig.png"]))
        let line = LossPlot.errorLine(for: error)
        #expect(line.hasPrefix("Error: " + expected), "\(line)")
        #expect(!line.contains("\n"))
        #expect(LossPlot.exitStatus(for: error) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("the whole message of an unknown command lists the subset and points to the help")
    func unknownCommandMessage() throws {
        let error = try #require(runCommand(["huber", "--label", #"$\foo$"#, "--out", "-", "--format", "csv"]))
        #expect(LossPlot.errorLine(for: error) == #"Error: --label: '$\foo$': unknown command \foo in maths (supported: Greek letters \alpha to \omega and \Gamma to \Omega, \ell, \|, \sum, \cdot, \times, \pm, \leq, \geq, \neq, \approx, \infty, \partial, \log, \exp, \min, \max, \hat{}, \bar{}, \tilde{}, \mathrm{}, \left( \right), \, \; \quad; the list is in `loss-plot plot --help`)"#)
    }

    @Test("a manifest's title, labels and panels go through the same check, before any figure is written")
    func manifest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = #"{"figures": [{"name": "good", "curves": [{"loss": "l1"}]}, "#
            + #"{"name": "bad", "curves": [{"loss": "l2", "label": "$\\foo$"}]}]}"#
        try text.write(toFile: folder + "/m.json", atomically: true, encoding: .utf8)
        let error = try #require(runCommand(["batch", "--manifest", folder + "/m.json", "--out-dir", folder + "/out"]))
        #expect(LossPlot.errorLine(for: error).hasPrefix(
            #"Error: --manifest: '\#(folder)/m.json': figure 2, curve 1 label: '$\foo$': unknown command \foo in maths"#))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        for (field, json) in [("title", #""title": "$x^$""#), ("xLabel", #""xLabel": "$x^$""#), ("yLabel", #""yLabel": "$x^$""#)] {
            let one = #"{"figures": [{"name": "f", "curves": [{"loss": "l1"}], \#(json)}]}"#
            #expect(throws: InputError("--manifest: 'm.json': figure 1 \(field): '$x^$': ^ with nothing after it in maths")) {
                try Manifest.parse(Data(one.utf8), path: "m.json")
            }
        }
        let panel = #"{"figures": [{"name": "f", "curves": [{"loss": "l1", "panel": "${a$"}]}]}"#
        #expect(throws: InputError("--manifest: 'm.json': figure 1, curve 1 panel: '${a$': unbalanced braces in maths: a { without its }")) {
            try Manifest.parse(Data(panel.utf8), path: "m.json")
        }
    }

    @Test("a library user's spec with bad maths is refused by FigureBuilder, naming the figure and field")
    func builder() throws {
        var figure = try spec(["huber"])
        figure.yLabel = #"$\rho_$"#
        #expect(throws: InputError("figure 'huber.png' yLabel: '$\\rho_$': _ with nothing after it in maths")) {
            try FigureBuilder(figure)
        }
    }

    @Test("maths is drawn as text in a PDF: δ and ŷ are found by pdftotext, DejaVu Sans and its oblique face are embedded")
    func pdfText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = folder + "/h.pdf"
        #expect(runCommand(["huber", "--delta", "0.5,1", "--label", #"$\delta=0.5$"#, "--label", #"$\delta=1$"#,
                            "--xlabel", #"$r = \hat{y} - y$"#, "--out", pdf]) == nil)
        let poppler = ["/usr/bin/pdftotext", "/usr/bin/pdffonts"]
        try #require(poppler.allSatisfy(FileManager.default.isExecutableFile), "install poppler-utils (`make test-deps`)")
        let text = String(decoding: try ProcessRun.run(poppler[0], [pdf, "-"], in: folder).stdout, as: UTF8.self)
        #expect(text.unicodeScalars.contains("\u{03B4}"))
        #expect(text.contains("\u{0177}"))
        #expect(!text.contains("$") && !text.contains("\\delta"))
        let fonts = String(decoding: try ProcessRun.run(poppler[1], [pdf], in: folder).stdout, as: UTF8.self)
        #expect(fonts.contains("+DejaVuSans "))
        #expect(fonts.contains("+DejaVuSans-Oblique "))
    }

    @Test("a legend entry measures its laid-out maths, not its source")
    func legendWidth() throws {
        let canvas = try SVGFrameCanvas(size: Size(400, 300))
        let style = TextStyle(size: FigureStyle.fontSize)
        let label = #"$\delta_{i}^{2}=0.5$"#
        let maths = canvas.measure(label, style: style, markup: true, maxWidth: 1000).width
        let source = canvas.measure(label, style: style, markup: false, maxWidth: nil).width
        let plain = canvas.measure("δi2 = 0.5", style: style, markup: false, maxWidth: nil).width
        #expect(maths < 0.6 * source)
        #expect(maths < plain)
        let legend = Legend(series: [Series(label: label, xs: [0], ys: [0], color: .black)], canvas: canvas, maxLabelWidth: 1000)
        #expect(legend.entries[0].size.width == maths)
        let text = TextSizes()
        #expect(legend.size.width == 2 * text.legendBorderPad + text.legendHandleLength + text.legendHandleTextPad + maths)
    }

    /// What makes a figure without `$` byte for byte what it was: its texts reach Pango unchanged.
    /// (Pixels are compared by GalleryTests with a tolerance, never as PNG bytes, which differ
    /// between FreeType versions; the 42 PNG and SVG files of plots/ were compared with `cmp` once.)
    @Test("a text without $ reaches Pango as it is: markup, entities and backslashes untouched")
    func noDollarUnchanged() {
        for text in ["L<sub>1</sub> &amp; δ", "<b>x</b", #"\alpha \{ x_i^2"#, "a < b", ""] {
            #expect(TextLayouts.withMaths(text, size: 10) == text)
        }
    }

    @Test("a title whose plain part is not valid markup is still drawn: the plain part is escaped")
    func invalidMarkupOutside() throws {
        let canvas = try SVGFrameCanvas(size: Size(400, 300))
        let style = TextStyle(size: 10)
        let mixed = canvas.measure("a < b for $x$", style: style, markup: true, maxWidth: nil).width
        let raw = canvas.measure("a < b for <i>x</i>", style: style, markup: false, maxWidth: nil).width
        let intended = canvas.measure("a < b for x", style: style, markup: false, maxWidth: nil).width
        #expect(mixed < raw)
        #expect(abs(mixed - intended) < 2)
    }
}
