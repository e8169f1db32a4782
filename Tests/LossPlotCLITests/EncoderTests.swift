import CCairo
import ImageTestSupport
import Foundation
import Plotting
import TestUtilities
import Testing
@testable import CairoCanvas
@testable import LossPlotCLI
@testable import LossPlotKit

/// The still-image encoders' parts: runs of pixels, the indexed PNG's palette, and the numbers
/// of the SVG writer.
@Suite("Encoders: pixel runs, palettes, SVG numbers")
struct EncoderTests {
    /// Pixels that own their memory (premultiplied ARGB, row by row).
    struct FramePixelsCopy {
        let width: Int
        let height: Int
        let pixels: [UInt32]
    }

    /// A figure's pixels as Cairo draws them at scale 1, before any palette.
    static func drawn(_ arguments: [String]) throws -> FramePixelsCopy {
        let figure = try FigureBuilder(try spec(arguments + ["--out", "x.png"])).figure(RenderOptions())
        let surface = try FigureRasterizer.rasterize(figure)
        let width = Int(cairo_image_surface_get_width(surface.pointer)), height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        let data = try #require(cairo_image_surface_get_data(surface.pointer))
        var pixels: [UInt32] = []
        pixels.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            pixels.append(contentsOf: UnsafeBufferPointer(start: row, count: width))
        }
        return FramePixelsCopy(width: width, height: height, pixels: pixels)
    }

    @Test("runs of pixels give back every pixel, and no two neighbouring runs have the same value")
    func runs() {
        // Runs longer and shorter than the eight pixels compared at a time, and a lone pixel at the end.
        var pixels: [UInt32] = []
        for (value, length) in [(1, 3), (2, 8), (3, 9), (1, 17), (4, 1), (4 + 1, 64), (2, 7), (9, 1)] {
            pixels += Array(repeating: UInt32(value), count: length)
        }
        pixels.withUnsafeBufferPointer { buffer in
            let runs = PixelRuns(buffer)
            #expect(runs.count == 8)
            #expect(runs.pixelCount == pixels.count)
            var rebuilt: [UInt32] = []
            for run in 0..<runs.count {
                #expect(run == 0 || runs.colors[run] != runs.colors[run - 1])
                rebuilt += Array(repeating: runs.colors[run], count: runs.length(of: run))
            }
            #expect(rebuilt == pixels)
            #expect(runs.isOpaque == false)
        }
        [UInt32]().withUnsafeBufferPointer { #expect(PixelRuns($0).count == 0) }
    }

    /// The mapping's RMS error computed here, from the palette's colours, not the palette's own sum.
    static func error(_ palette: Palette, _ pixels: [UInt32]) -> Double {
        let squared = pixels.reduce(0) { sum, p in
            let entry = palette.colors[Int(palette.index(of: p & 0xFFFFFF))]
            // The nearest entry: no other is nearer.
            return sum + Palette.distance(entry, p & 0xFFFFFF)
        }
        return (Double(squared) / Double(3 * pixels.count)).squareRoot()
    }

    @Test("the still PNG's palette maps each colour to its nearest entry, and draws the busiest figures within the bound")
    func leastErrorPalette() throws {
        for arguments in [["huber", "l1", "pseudo-huber", "log-cosh", "--grid"],
                          ["hinge", "logistic", "modified-huber", "squared-hinge", "exponential", "--target", "1", "--grid"]] {
            let image = try Self.drawn(arguments)
            #expect(Set(image.pixels).count > 255, "a figure with more colours than a palette holds")
            let frame = image.pixels.withUnsafeBufferPointer { PixelRuns($0) }
            let greedy = Palette(runs: frame, fill: .leastError)
            let spread = Palette(runs: frame, fill: .spread)
            #expect(greedy.colors.count <= 255)
            // Nearest: checked against every entry for a sample of the colours.
            for p in Set(image.pixels).prefix(300) {
                let index = Int(greedy.index(of: p & 0xFFFFFF))
                let best = greedy.colors.map { Palette.distance($0, p & 0xFFFFFF) }.min()!
                #expect(Palette.distance(greedy.colors[index], p & 0xFFFFFF) == best)
                #expect(greedy.colors.firstIndex { Palette.distance($0, p & 0xFFFFFF) == best } == index, "the first of equally near entries")
            }
            let greedyError = Self.error(greedy, image.pixels), spreadError = Self.error(spread, image.pixels)
            #expect(greedyError <= PNGEncoder.maxPaletteError)
            #expect(greedyError < spreadError, "\(arguments): \(greedyError) against \(spreadError)")
            // The encoder's own sum agrees with the one computed here.
            let indices = UnsafeMutablePointer<UInt8>.allocate(capacity: image.pixels.count)
            defer { indices.deallocate() }
            #expect(abs(greedy.opaqueIndices(of: frame, into: indices) - greedyError) < 1e-9)
        }
    }

    @Test("a figure of at most 255 colours keeps them all exactly")
    func exactPalette() {
        let pixels = (0..<1000).map { UInt32(0xFF00_0000) | UInt32(($0 % 200) * 0x010203 & 0xFFFFFF) }
        pixels.withUnsafeBufferPointer { buffer in
            let palette = Palette(runs: PixelRuns(buffer), fill: .leastError)
            #expect(palette.colors.count == 200)
            #expect(Self.error(palette, pixels) == 0)
        }
    }

    @Test("an opaque figure is written as an indexed PNG that decodes to its palette's mapping of the drawing")
    func indexedFile() throws {
        for arguments in [["huber", "l1", "--grid"], ["hinge", "logistic", "squared-hinge", "--target", "1"]] {
            let image = try Self.drawn(arguments)
            let bytes = try FigureRasterizer.render(FigureBuilder(try spec(arguments + ["--out", "x.png"])).figure(RenderOptions()), format: .png)
            #expect(bytes[25] == 3, "colour type 3: indexed")
            let decoded = try DecodedImage(png: bytes)
            #expect(decoded.width == image.width && decoded.height == image.height)
            let palette = image.pixels.withUnsafeBufferPointer { Palette(runs: PixelRuns($0), fill: .leastError) }
            var squared = 0
            for (i, p) in image.pixels.enumerated() {
                let entry = palette.colors[Int(palette.index(of: p & 0xFFFFFF))]
                let rgb = UInt32(decoded.rgba[4 * i]) << 16 | UInt32(decoded.rgba[4 * i + 1]) << 8 | UInt32(decoded.rgba[4 * i + 2])
                #expect(rgb == entry, "pixel \(i)")
                if rgb != entry { break }
                squared += Palette.distance(rgb, p & 0xFFFFFF)
            }
            #expect((Double(squared) / Double(3 * image.pixels.count)).squareRoot() <= PNGEncoder.maxPaletteError)
        }
    }

    @Test("SVG numbers: to 1/100 and 1/10,000 pixel, as printf rounds them, without trailing zeros")
    func svgNumbers() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.004, -0.004, 0.005, 1, -1, 12.5, 100, 0.1, 0.01, 0.001, 1e-5, 123_456.789, -7.70833333, 3.3333333]
        for _ in 0..<2000 {
            let magnitude = Double.random(in: -3...6, using: &generator)
            values.append((Bool.random(using: &generator) ? 1 : -1) * pow(10, magnitude) * Double.random(in: 1..<10, using: &generator))
        }
        func expected(_ v: Double, _ places: Int) -> String {
            // printf's %.*f, then trailing zeros and a bare point dropped, and -0 written as 0.
            var s = String(format: "%.\(places)f", (v * pow(10, Double(places))).rounded() / pow(10, Double(places)))
            if s.contains(".") {
                while s.hasSuffix("0") { s.removeLast() }
                if s.hasSuffix(".") { s.removeLast() }
            }
            return s == "-0" ? "0" : s
        }
        for v in values {
            #expect(SVGFrameCanvas.number(v) == expected(v, 2), "\(v)")
            #expect(SVGFrameCanvas.length(v) == expected(v, 4), "\(v)")
        }
        #expect(SVGFrameCanvas.number(.nan) == "0")
        #expect(SVGFrameCanvas.number(.infinity) == "0")
    }
}
