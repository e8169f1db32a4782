import Foundation
import ImageTestSupport
import TestUtilities
import Testing

/// Two SVG files inlined in one HTML page, as a notebook or a course page does, drawn by Debian's
/// chromium: each figure must look as it does on its own. Before ids were unique to their figure,
/// the second figure's text was drawn with the first figure's glyphs (both files had `g0`, `g1`, ...).
@Suite("Two SVGs inlined in one page draw as they do alone (Debian's chromium)",
       .enabled(if: Chromium.path != nil, "chromium is not installed and `apt-get install chromium` failed; `make test-deps` installs it"))
struct SVGInlineBrowserTests {
    static let first = ["l1", "l2", "--title", "first figure", "--legend", "upper center"]
    static let second = ["huber", "--title", "Zweite Abbildung: quartz jinx", "--xlabel", "Residuum"]

    /// RMS over RGB, on a 0-255 scale, between `image` and the part of `page` from row `top` down.
    static func rms(_ page: DecodedImage, top: Int, _ image: DecodedImage) -> Double {
        guard page.width == image.width, top + image.height <= page.height else { return .infinity }
        var sum = 0.0
        for y in 0..<image.height {
            for x in 0..<image.width {
                for c in 0..<3 {
                    let d = Double(page.rgba[4 * ((top + y) * page.width + x) + c]) - Double(image.rgba[4 * (y * image.width + x) + c])
                    sum += d * d
                }
            }
        }
        return (sum / Double(3 * image.width * image.height)).squareRoot()
    }

    /// A page of the two SVG files one above the other, as they are inlined: the XML declaration dropped.
    static func page(_ svgs: [String]) -> String {
        let figures = svgs.map { svg in
            "<div style=\"width:640px;height:480px\">" + svg.replacingOccurrences(of: #"<\?xml[^>]*\?>\n"#, with: "", options: .regularExpression) + "</div>"
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#fff}svg{display:block;width:640px;height:480px}</style></head><body>"
            + figures.joined() + "</body></html>"
    }

    @Test("each inlined figure matches its own file in the same browser; with the ids made alike again, the second does not")
    func inlinedMatchesStandalone() throws {
        try withTemporaryFolder { folder in
            #expect(runCommand(Self.first + ["--out", folder + "/a.svg"]) == nil)
            #expect(runCommand(Self.second + ["--out", folder + "/b.svg"]) == nil)
            let a = try String(contentsOfFile: folder + "/a.svg", encoding: .utf8), b = try String(contentsOfFile: folder + "/b.svg", encoding: .utf8)
            try Self.page([a, b]).write(toFile: folder + "/page.html", atomically: true, encoding: .utf8)
            // The same page with the figures' prefixes taken out: the ids every file had before.
            let unprefixed = [a, b].map { $0.replacingOccurrences(of: "f[0-9a-f]{8}-", with: "", options: .regularExpression) }
            try Self.page(unprefixed).write(toFile: folder + "/shared-ids.html", atomically: true, encoding: .utf8)

            // Each figure alone, inlined the same way in a page of its own (an SVG's size is in points, so a
            // file opened by itself lays out otherwise than in the page's 640x480 box).
            try Self.page([a]).write(toFile: folder + "/a.html", atomically: true, encoding: .utf8)
            try Self.page([b]).write(toFile: folder + "/b.html", atomically: true, encoding: .utf8)
            _ = try Chromium.drive(url: "file://\(folder)/a.html", screenshot: folder + "/a.png", keys: 0, width: 640, height: 480)
            _ = try Chromium.drive(url: "file://\(folder)/b.html", screenshot: folder + "/b.png", keys: 0, width: 640, height: 480)
            _ = try Chromium.drive(url: "file://\(folder)/page.html", screenshot: folder + "/page.png", keys: 0, width: 640, height: 960)
            _ = try Chromium.drive(url: "file://\(folder)/shared-ids.html", screenshot: folder + "/shared.png", keys: 0, width: 640, height: 960)
            let alone = [try DecodedImage(contentsOf: folder + "/a.png"), try DecodedImage(contentsOf: folder + "/b.png")]
            let page = try DecodedImage(contentsOf: folder + "/page.png"), shared = try DecodedImage(contentsOf: folder + "/shared.png")

            let firstInPage = Self.rms(page, top: 0, alone[0]), secondInPage = Self.rms(page, top: 480, alone[1])
            let secondShared = Self.rms(shared, top: 480, alone[1])
            #expect(firstInPage < 1, "the first figure inlined is RMS \(firstInPage) from its file")
            #expect(secondInPage < 1, "the second figure inlined is RMS \(secondInPage) from its file")
            // The control: shared ids draw the second figure's text with the first's glyphs.
            #expect(secondShared > 3, "with shared ids the second figure is only RMS \(secondShared) from its file")
        }
    }
}
