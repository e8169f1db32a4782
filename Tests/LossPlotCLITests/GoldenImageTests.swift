import ImageTestSupport
import CairoCanvas
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// Pixel goldens for looks the gallery does not cover, compared by RMS as matplotlib compares
/// images. They guard against unintended change; what is correct is tested against outside
/// values elsewhere (ticks against matplotlib, losses against the frameworks). `LOSS_PLOT_RECORD_GOLDENS=1 swift test` writes new goldens, and the tests that wrote
/// one fail, so that a recording is always looked at before it is committed.
@Suite("Change guard, not correctness: pixel goldens of themes, transparency, pixel density, long titles")
struct GoldenImageTests {
    static let folder = repositoryRoot + "/Tests/LossPlotCLITests/Goldens"
    static let tolerance = 1.0

    static let cases: [(name: String, arguments: [String])] = [
        ("dark-theme", ["huber", "--delta", "0.5,2", "--theme", "dark", "--grid"]),
        ("transparent", ["l1", "l2", "--transparent"]),
        ("scale-2", ["hinge", "squared-hinge", "--target", "1", "--range", "-1:1", "--samples", "100", "--xlabel", "score", "--scale", "2", "--size", "320x240"]),
        ("long-title", ["pseudo-huber", "--range", "-1:1", "--samples", "100", "--title", String(repeating: "A very long title that has to wrap ", count: 4),
                        "--size", "400x300"]),
        ("markup", ["l1", "l2", "--label", "L<sub>1</sub> = |r|", "--label", "L<sub>2</sub> = r²", "--title", "<i>L</i>₁ and <b>L₂</b>"]),
    ]

    @Test("change guard: the rendering matches its recorded golden", arguments: cases.map(\.name))
    func golden(name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/\(name).png"
        #expect(runCommand(arguments + ["--out", path]) == nil)
        let golden = Self.folder + "/\(name).png"
        if ProcessInfo.processInfo.environment["LOSS_PLOT_RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
            _ = try? FileManager.default.removeItem(atPath: golden)
            try FileManager.default.copyItem(atPath: path, toPath: golden)
            Issue.record("recorded \(golden); look at it, then run the tests again without LOSS_PLOT_RECORD_GOLDENS")
            return
        }
        let expected = try DecodedImage(contentsOf: golden)
        let actual = try DecodedImage(contentsOf: path)
        let rms = try #require(actual.rms(to: expected), "\(name): size differs from the golden")
        #expect(rms <= Self.tolerance, "\(name): RMS \(rms) against \(golden)")
    }
}
