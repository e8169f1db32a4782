import ImageTestSupport
import CairoCanvas
import Foundation
import TestUtilities
import Testing
@testable import LossPlotKit


@Suite("Change guard, not correctness: every gallery figure re-rendered matches the committed PNG in plots/")
struct GalleryTests {
    /// A figure that changes must be re-rendered (`make plots`) in the same commit.
    static let tolerance = 1.0

    @Test("change guard: the committed PNG matches a fresh rendering", arguments: ArticleFigures.gallery.map(\.name))
    func current(name: String) throws {
        let spec = try #require(ArticleFigures.gallery.first { $0.name == name })
        let builder = try FigureBuilder(spec)
        let fresh = try DecodedImage(png: FigureRasterizer.render(builder.figure(RenderOptions()), format: .png))
        let committed = try DecodedImage(contentsOf: repositoryRoot + "/plots/\(name).png")
        let rms = try #require(fresh.rms(to: committed), "plots/\(name).png has another size; run `make plots`")
        #expect(rms <= Self.tolerance, "plots/\(name).png is out of date (RMS \(rms)); run `make plots` and commit plots/")
    }

    @Test("the committed SVG exists for every figure")
    func svgs() {
        for spec in ArticleFigures.gallery {
            #expect(FileManager.default.fileExists(atPath: repositoryRoot + "/plots/\(spec.name).svg"))
        }
    }
}
