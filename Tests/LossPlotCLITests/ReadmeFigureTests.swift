import Foundation
import ImageTestSupport
import TestUtilities
import Testing

/// The README's default and paper figures (plots/readme-figures.sh, run by `make plots`): a change guard,
/// and the paper figure's PDF checked as a journal would check it (page size, embedded fonts).
@Suite("Change guard: the README's default and paper figures match a fresh rendering", .enabled(if: LossPlotBinary.isBuilt))
struct ReadmeFigureTests {
    static let pictures = ["defaults/huber.png", "defaults/tukey.png", "defaults/softmax-cross-entropy.png", "paper/huber.png", "formula/cauchy-huber.png", "fit/robust-fit.png", "fit/fit-surfaces.png", "surface/softmax-two-logits.png", "surface/huber-delta.png"]

    @Test("plots/readme-figures.sh into a fresh folder gives the committed PNGs (RMS <= 1), and a 3.5 in PDF with its fonts embedded")
    func current() throws {
        try withTemporaryFolder { folder in
            let script = Process()
            script.executableURL = URL(fileURLWithPath: repositoryRoot + "/plots/readme-figures.sh")
            script.arguments = [LossPlotBinary.path, folder]
            script.standardOutput = FileHandle.nullDevice
            try script.run()
            script.waitUntilExit()
            #expect(script.terminationStatus == 0)
            for name in Self.pictures {
                let fresh = try DecodedImage(contentsOf: folder + "/" + name)
                let committed = try DecodedImage(contentsOf: repositoryRoot + "/plots/" + name)
                let rms = try #require(fresh.rms(to: committed), "plots/\(name) has another size; run `make plots`")
                #expect(rms <= 1, "plots/\(name) is out of date (RMS \(rms)); run `make plots` and commit plots/")
            }
            // The PDF: a journal column, 3.5 x 2.5 in (252 x 180 pt, 72 pt to the inch), its text in embedded fonts.
            let pdf = try String(decoding: Data(contentsOf: URL(fileURLWithPath: folder + "/paper/huber.pdf")), as: UTF8.self)
            #expect(pdf.contains("/MediaBox [ 0 0 252 180 ]"), "the page is not 3.5 x 2.5 in")
            #expect(pdf.contains("/FontFile"), "no embedded font program")
            #expect(pdf.contains("DejaVuSans"))
        }
    }
}
