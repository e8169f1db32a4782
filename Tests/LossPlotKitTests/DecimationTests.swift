import ImageTestSupport
import CairoCanvas
import TestUtilities
import Testing
@testable import LossPlotKit

@Suite("M4 decimation draws what every sample draws")
struct DecimationTests {
    static func render(_ spec: FigureSpec, decimation: Bool) throws -> DecodedImage {
        let builder = try FigureBuilder(spec)
        return try DecodedImage(png: FigureRasterizer.render(builder.figure(RenderOptions(decimation: decimation)), format: .png))
    }

    @Test("three pseudo-Huber curves of 300,000 samples: decimated and undecimated PNGs agree within RMS 1")
    func pseudoHuber() throws {
        let spec = FigureSpec(name: "m4", range: [-2, 2], samples: 300_000,
                              curves: [0.25, 1, 2].map { CurveSpec(loss: .pseudoHuber, target: 0, parameters: [.delta: $0]) })
        let decimated = try Self.render(spec, decimation: true)
        let full = try Self.render(spec, decimation: false)
        let rms = try #require(decimated.rms(to: full))
        #expect(rms <= 1.0, "RMS \(rms)")
    }

    @Test("a steep curve with breaks keeps its shape and its breaks when decimated")
    func envelope() throws {
        // Binary cross-entropy rises to 12 within a third of a pixel of p = 0 and is NaN outside
        // (0, 1): the decimated line must keep that bend and break where the samples do.
        let spec = FigureSpec(name: "m4b", range: [-1, 3], samples: 200_000,
                              curves: [CurveSpec(loss: .binaryCrossEntropy, target: 1), CurveSpec(loss: .hinge, target: 1)])
        let decimated = try Self.render(spec, decimation: true)
        let full = try Self.render(spec, decimation: false)
        let rms = try #require(decimated.rms(to: full))
        #expect(rms <= 1.0, "RMS \(rms)")
    }
}
