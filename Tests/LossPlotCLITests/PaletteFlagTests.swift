import Foundation
import TestUtilities
import Testing

/// `--palette` on the command line: the warning for a short palette, and its help.
@Suite("--palette on the command line", .enabled(if: LossPlotBinary.isBuilt))
struct PaletteFlagTests {
    @Test("a palette with fewer colours than curves draws the figure and says in one line that colours repeat")
    func shortPaletteWarns() throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(["huber", "--delta", "0.25:3:12", "--palette", "okabe-ito", "--out", "o.svg"], in: folder)
            #expect(result.status == 0)
            #expect(result.stderr == "warning: palette okabe-ito has 8 colours for 12 curves, so colours repeat from curve 9; give each curve its own colour (--color), or the default palette (20 colours)\n")
            #expect(FileManager.default.fileExists(atPath: folder + "/o.svg"))
        }
    }

    @Test("the default palette draws 12 curves with no warning")
    func defaultPaletteIsQuiet() throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(["huber", "--delta", "0.25:3:12", "--palette", "default", "--out", "o.svg"], in: folder)
            #expect(result.status == 0 && result.stderr.isEmpty)
        }
    }

    @Test("20 curves at the default size: their legend fills columns rather than the figure being refused", arguments: ["best", "outside"])
    func twentyCurves(legend: String) throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(["huber", "--delta", "0.1:4:20", "--palette", "default", "--legend", legend, "--out", "o.png"], in: folder)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder + "/o.png"))
        }
    }

    @Test("plot --help lists the palettes")
    func help() throws {
        try withTemporaryFolder { folder in
            let result = try LossPlotBinary.run(["plot", "--help"], in: folder, environment: ["COLUMNS": "400"])
            #expect(result.stdout.contains("--palette <palette>"))
            #expect(result.stdout.contains("default (20 distinct colours, Okabe and Ito's 8 first), tab10 (matplotlib's 10) or okabe-ito"))
        }
    }
}
