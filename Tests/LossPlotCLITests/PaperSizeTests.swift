import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// The page size a PDF declares: its first `/MediaBox [ 0 0 W H ]`, in points.
private func pageSize(_ bytes: [UInt8]) throws -> (width: Double, height: Double) {
    let text = String(decoding: bytes, as: UTF8.self)
    let match = try #require(text.firstMatch(of: /\/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]/))
    return (try #require(Double(match.1)), try #require(Double(match.2)))
}

/// A PNG's width and height (IHDR) and pixels per metre (pHYs).
private func pngSize(_ bytes: [UInt8]) throws -> (width: Int, height: Int, perMetre: Int) {
    func be32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    #expect(Array(bytes[12..<16]) == Array("IHDR".utf8))
    let phys = try #require((0..<bytes.count - 4).first { Array(bytes[$0..<$0 + 4]) == Array("pHYs".utf8) })
    return (be32(16), be32(20), be32(phys + 4))
}

/// Runs a plot command line writing `name` in a fresh folder, and returns the file's bytes.
private func written(_ arguments: [String], name: String) throws -> [UInt8] {
    try withTemporaryFolder { folder in
        let path = folder + "/" + name
        if let error = runCommand(arguments + ["--out", path]) { throw error }
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// Issue 22: `--size` in units with `--dpi` (matplotlib's figsize and dpi), PDF pages in points
/// (72 an inch), PNGs in pixels (dpi an inch), and figures too small for their text refused.
@Suite("Paper sizes: units, dpi, page and pixel sizes, and too small a figure")
struct PaperSizeTests {
    /// (size, dpi, expected width and height in hundredths of an inch, from the units' definitions).
    static let sizes: [(String, String, [Double])] = [
        ("3.5inx2.5in", "100", [3.5 * 100, 2.5 * 100]),
        ("8.9cmx6cm", "100", [8.9 / 2.54 * 100, 6 / 2.54 * 100]),
        ("90mmx60mm", "100", [90 / 25.4 * 100, 60 / 25.4 * 100]),
        ("252ptx180pt", "100", [252.0 / 72 * 100, 180.0 / 72 * 100]),
        ("640x480", "100", [640, 480]),
        ("640pxx480px", "100", [640, 480]),
        ("640x480", "200", [640.0 / 200 * 100, 480.0 / 200 * 100]),
        ("3.5inx480", "100", [350, 480]),
        ("3.5inx480px", "300", [350, 480.0 / 300 * 100]),
        ("3.5inx2.5in", "300", [350, 250]),
    ]

    @Test("a size in any unit becomes the figure's hundredths of an inch; pixels are 1/dpi inch", arguments: sizes)
    func layoutSize(size: String, dpi: String, expected: [Double]) throws {
        let given = try #require(try spec(["huber", "--size", size, "--dpi", dpi, "--out", "f.png"]).size)
        #expect(given.count == 2)
        #expect(zip(given, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(given) != \(expected)")
    }

    /// (arguments, page width and height in points: inches times 72).
    static let pages: [([String], Double, Double)] = [
        (["--size", "3.5inx2.5in"], 3.5 * 72, 2.5 * 72),
        (["--size", "252ptx180pt"], 252, 180),
        (["--size", "90mmx60mm"], 90 / 25.4 * 72, 60 / 25.4 * 72),
        // Pixels at 100 dpi, as before: 336 px is 3.36 in.
        (["--size", "336x240"], 3.36 * 72, 2.4 * 72),
        (["--size", "640pxx480px", "--dpi", "200"], 3.2 * 72, 2.4 * 72),
        ([], 6.4 * 72, 4.8 * 72),
    ]

    @Test("a PDF page is the physical size in points", arguments: pages)
    func pdfPage(arguments: [String], width: Double, height: Double) throws {
        let page = try pageSize(written(["huber"] + arguments, name: "f.pdf"))
        // Cairo writes the page size with a few decimals.
        #expect(abs(page.width - width) < 0.01 && abs(page.height - height) < 0.01, "\(page)")
    }

    @Test("the paper figure's page: 3.5 in wide for the axes plus its outside legend, 2.5 in high")
    func paperFigurePage() throws {
        let arguments = ["huber", "--delta", "0.25,0.5,1,2,3,4", "--range", "-4:4", "--size", "3.5inx2.5in", "--font-size", "8"]
        let inside = try pageSize(written(arguments + ["--legend", "none"], name: "f.pdf"))
        let outside = try pageSize(written(arguments + ["--legend", "outside"], name: "f.pdf"))
        #expect(abs(inside.width - 252) < 0.01 && abs(inside.height - 180) < 0.01)
        #expect(outside.width > inside.width + 36 && outside.height == inside.height)
    }

    /// (arguments, PNG width and height: inches times dpi times scale, and dpi times scale).
    static let pngs: [([String], Int, Int, Double)] = [
        (["--size", "3.5inx2.5in", "--dpi", "300"], 1050, 750, 300),
        (["--size", "3.5inx2.5in"], 350, 250, 100),
        (["--dpi", "300"], 1920, 1440, 300),
        (["--size", "640x480", "--dpi", "200"], 640, 480, 200),
        (["--size", "640x480", "--dpi", "200", "--scale", "2"], 1280, 960, 400),
        (["--size", "8.9cmx6cm", "--dpi", "254"], 890, 600, 254),
    ]

    @Test("a PNG has dpi times --scale pixels an inch", arguments: pngs)
    func pngPixels(arguments: [String], width: Int, height: Int, dpi: Double) throws {
        let png = try pngSize(written(["huber"] + arguments, name: "f.png"))
        #expect(png.width == width && png.height == height)
        #expect(png.perMetre == Int((dpi / 0.0254).rounded()))
    }

    @Test("at 200 dpi a size in inches is drawn as --scale 2 draws it at 100 dpi: the same layout scaled")
    func dpiScalesTheLayout() throws {
        let dpi = try written(["huber", "--size", "3.5inx2.5in", "--dpi", "200"], name: "f.png")
        let scale = try written(["huber", "--size", "350x250", "--scale", "2"], name: "f.png")
        #expect(dpi == scale)
    }

    @Test("too small a figure is refused in one line with the smallest size that fits, which is then drawn; nothing is written",
          arguments: [(["--size", "10x10"], "10x10"), (["--size", "100x80"], "100x80"), (["--size", "1inx0.5in"], "1inx0.5in"),
                      (["--size", "60x40", "--dpi", "50"], "60x40")])
    func tooSmall(arguments: [String], given: String) throws {
        try withTemporaryFolder { folder in
            let error = try #require(runCommand(["huber"] + arguments + ["--out", folder + "/f.png"]))
            #expect(LossPlot.exitStatus(for: error) == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
            let line = LossPlot.fullMessage(for: error)
            #expect(line.split(separator: "\n").count == 1)
            let match = try #require(line.firstMatch(
                of: /--size: '(.+)' is too small for this figure's axes and text; the smallest that fits is (\d+)x(\d+) \(([0-9.]+)x([0-9.]+) in at (\d+) dpi\)/),
                "\(line)")
            #expect(match.1 == given)
            let dpi = try #require(Double(match.6))
            let width = try #require(Double(match.2)), height = try #require(Double(match.3))
            // The inches and the pixels name the same size, to a pixel.
            #expect(abs(try #require(Double(match.4)) * dpi - width) <= dpi / 100 + 1)
            #expect(abs(try #require(Double(match.5)) * dpi - height) <= dpi / 100 + 1)
            let dpiArguments = arguments.contains("--dpi") ? ["--dpi", String(match.6)] : []
            #expect(failure(["huber", "--size", "\(match.2)x\(match.3)", "--out", folder + "/f.png"] + dpiArguments) == nil)
            // And it is the smallest: a pixel less wide, or a pixel less high, is refused.
            let (w, h) = (Int(width), Int(height))
            #expect(failure(["huber", "--size", "\(w - 1)x\(h)", "--out", folder + "/g.png"] + dpiArguments) != nil)
            #expect(failure(["huber", "--size", "\(w)x\(h - 1)", "--out", folder + "/g.png"] + dpiArguments) != nil)
        }
    }

    @Test("an animation too small for its frames' text is refused before its file is written")
    func animationTooSmall() throws {
        try withTemporaryFolder { folder in
            let error = try #require(failure(["huber", "--animate", "delta=1:2:3", "--size", "60x60", "--out", folder + "/a.gif"]))
            #expect(error.exitCode == 1)
            #expect(error.message.hasPrefix("Error: --size: '60x60' is too small for this figure's axes and text; the smallest that fits is "))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        }
    }

    @Test("too large a font for the default size names --font-size")
    func fontTooLarge() throws {
        let error = try #require(failure(["huber", "--font-size", "72", "--out", "f.png"]))
        #expect(error.message.hasPrefix("Error: --font-size: '72' is too large for the figure's 640x480; the smallest that fits is "))
    }
}
