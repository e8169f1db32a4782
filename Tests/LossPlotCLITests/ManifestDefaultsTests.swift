import Foundation
import LossFunctions
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("A manifest needs only a figure's name and curves and each curve's loss; the rest takes the command line's defaults")
struct ManifestDefaultsTests {
    static let minimal = #"{"figures": [{"name": "h", "curves": [{"loss": "huber"}]}]}"#

    @Test("the minimal manifest draws through `batch --manifest`")
    func batch() throws {
        let folder = try temporaryFolder()
        try Self.minimal.write(toFile: folder + "/m.json", atomically: true, encoding: .utf8)
        #expect(runCommand(["batch", "--manifest", folder + "/m.json", "--out-dir", folder + "/out", "--format", "png"]) == nil)
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/h.png"))
        #expect(pngSize(png).map { [$0.0, $0.1] } == [640, 480])
    }

    @Test("a manifest from a pipe reads as from a file: --manifest /dev/stdin, and - for standard input",
          .enabled(if: LossPlotBinary.isBuilt), arguments: ["/dev/stdin", "-"])
    func fromPipe(path: String) throws {
        try withTemporaryFolder { folder in
            let result = try ProcessRun.run(LossPlotBinary.path, ["batch", "--manifest", path, "--out-dir", "out", "--format", "png"],
                                            stdin: Data(Self.minimal.utf8), in: folder)
            #expect(result.status == 0)
            #expect(FileManager.default.fileExists(atPath: folder + "/out/h.png"))
        }
    }

    @Test("a missing range, samples and x label are the losses' defaults, as `loss-plot LOSS...` draws them")
    func sweep() throws {
        let figures = try Manifest.parse(Data(Self.minimal.utf8), path: "m.json")
        let plotted = try spec(["huber"])
        #expect(figures[0].range == plotted.range)
        #expect(figures[0].samples == plotted.samples)
        #expect(figures[0].xLabel == plotted.xLabel)
        let two = #"{"figures": [{"name": "t", "curves": [{"loss": "huber"}, {"loss": "tukey", "delta": 4.685}]}]}"#
        let shared = try Manifest.parse(Data(two.utf8), path: "t.json")
        #expect(shared[0].range == [-8, 8])
        #expect(shared[0].samples == 1601)
    }

    @Test("a curve without a parameter draws the loss's own default: Huber's δ = 1, Tukey's c = 4.685")
    func parameterDefault() throws {
        let text = #"{"figures": [{"name": "d", "range": [-6, 6], "samples": 13, "curves": [{"loss": "huber"}, {"loss": "tukey"}]}]}"#
        let builder = try FigureBuilder(Manifest.parse(Data(text.utf8), path: "d.json")[0])
        let series = builder.figure(RenderOptions(decimation: false)).panels[0].series
        // Huber at r = 6 with δ = 1: δ(|r| - δ/2) = 5.5; Tukey beyond c: c²/6.
        #expect(abs(series[0].ys.last! - 5.5) < 1e-12)
        #expect(abs(series[1].ys.last! - 4.685 * 4.685 / 6) < 1e-12)
    }

    @Test("name and curves stay required, named in one line")
    func required() throws {
        #expect(throws: InputError.self) { try Manifest.parse(Data(#"{"figures": [{"curves": [{"loss": "huber"}]}]}"#.utf8), path: "m.json") }
        #expect(throws: InputError.self) { try Manifest.parse(Data(#"{"figures": [{"name": "h"}]}"#.utf8), path: "m.json") }
        #expect(throws: InputError.self) { try Manifest.parse(Data(#"{"figures": [{"name": "h", "curves": [{}]}]}"#.utf8), path: "m.json") }
    }
}
