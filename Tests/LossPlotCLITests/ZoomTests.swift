import ImageTestSupport
import CairoCanvas
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// Issue 10, part 3: what is drawn comes from the visible window. A dense sweep zoomed in with
/// --xlim is decimated over the window's pixel columns, so it looks like a sweep of the window itself.
@Suite("A zoomed dense sweep draws what a sweep of the window draws, on every axis kind")
struct ZoomTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let loss: [String]
        /// The dense sweep, the window's own sweep, and the options both share.
        let dense: [String]
        let window: [String]
        let shared: [String]
        var testDescription: String { (loss + shared).joined(separator: " ") }
    }

    static let cases: [Case] = [
        // The case: y = x^2 drawn as a V with kinks near ±0.78 before.
        Case(loss: ["l2"], dense: ["--range", "-1000:1000", "--samples", "100001"], window: ["--range", "-1:1", "--samples", "4001"],
             shared: ["--xlim", "-1:1", "--ylim", "0:1"]),
        Case(loss: ["l2"], dense: ["--range", "1e-100:1e100", "--samples", "1000000"], window: ["--range", "0.1:10", "--samples", "4001"],
             shared: ["--xscale", "log", "--xlim", "0.1:10", "--ylim", "0:100"]),
        // A log y axis reaches down to 1e-3 near x = 0, where a sweep as coarse as the issue's
        // (0.02 apart) bends visibly: this one is as fine as the window's, 5e-4 apart.
        Case(loss: ["l2"], dense: ["--range", "-100:100", "--samples", "400001"], window: ["--range", "-1:1", "--samples", "4001"],
             shared: ["--yscale", "log", "--xlim", "-1:1", "--ylim", "1e-3:1"]),
        Case(loss: ["pseudo-huber"], dense: ["--range", "-1e100:1e100", "--samples", "1000000"], window: ["--range", "-3:3", "--samples", "4001"],
             shared: ["--xscale", "symlog", "--xlim", "-3:3", "--ylim", "0:2"]),
        Case(loss: ["l2", "--target", "0.5"], dense: ["--range", "1e-300:0.9999999999999999", "--samples", "1000000"],
             window: ["--range", "0.01:0.99", "--samples", "4001"], shared: ["--xscale", "logit", "--xlim", "0.01:0.99", "--ylim", "0:0.25"]),
    ]

    static func render(_ arguments: [String]) throws -> DecodedImage {
        let builder = try FigureBuilder(try spec(arguments + ["--out", "zoom.png"]))
        return try DecodedImage(png: FigureRasterizer.render(builder.figure(RenderOptions()), format: .png))
    }

    @Test("zoomed dense sweep and window sweep agree within RMS 1", arguments: cases)
    func zoomed(_ c: Case) throws {
        let dense = try Self.render(c.loss + c.dense + c.shared)
        let window = try Self.render(c.loss + c.window + c.shared)
        let rms = try #require(dense.rms(to: window))
        #expect(rms <= 1.0, "RMS \(rms)")
    }
}
