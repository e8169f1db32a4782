import CairoCanvas
import Foundation
import LossFunctions
import Plotting
import TestUtilities
import Testing
@testable import LossPlotKit

/// The colours curves are drawn in, read back from the SVG the renderer writes.
@Suite("Palettes as drawn: distinct past 8 curves, WCAG 3:1 on the dark theme, explicit colours win")
struct PaletteRenderingTests {
    /// A figure of `count` L2 curves scaled 1, 2, 3, ..., in `palette` (nil: the default).
    static func spec(count: Int, palette: String? = nil, colors: [String?]? = nil) throws -> FigureSpec {
        let l2 = try #require(Catalog.named("l2"))
        let curves = (0..<count).map { i in
            CurveSpec(loss: l2, label: "curve \(i + 1)", color: colors?[i], factor: Double(i + 1))
        }
        var spec = FigureSpec(name: "palette", range: [-1, 1], samples: 5, curves: curves)
        spec.palette = palette
        return spec
    }

    /// The stroke colours of the curves (the clipped strokes), in drawing order, from the SVG.
    static func curveColors(_ spec: FigureSpec, theme: Theme) throws -> [UInt32] {
        let svg = try FigureRasterizer.render(FigureBuilder(spec).figure(RenderOptions(theme: theme)), format: .svg)
        let text = try #require(String(bytes: svg, encoding: .utf8))
        return try text.split(separator: "\n").filter { $0.contains("clip-path=") && $0.contains("stroke=\"#") }.map { line in
            let start = try #require(line.range(of: "stroke=\"")).upperBound
            return try #require(ColourScience.hex(String(line[start...].prefix(7))))
        }
    }

    @Test("every palette's curves, as drawn on the dark theme, have WCAG contrast 3:1 or more on its background",
          arguments: CurvePalette.all.map(\.name))
    func darkContrast(name: String) throws {
        let count = try #require(CurvePalette.named(name)).colors.count
        let dark = try #require(Theme.dark.background)
        let background = try #require(ColourScience.hex(dark.hexString))
        let drawn = try Self.curveColors(Self.spec(count: count, palette: name), theme: .dark)
        #expect(drawn.count == count)
        #expect(Set(drawn).count == count, "\(name): a colour drawn twice on the dark theme")
        for color in drawn {
            #expect(ColourScience.contrastRatio(color, background) >= 3, "\(name): #\(String(color, radix: 16)) on the dark theme")
        }
    }

    /// `loss-plot huber --delta 0.25:3:12` on a theme: twelve curves coloured by viridis, with a colour bar.
    static func sweepColors(theme: Theme) throws -> [UInt32] {
        var request = PlotRequest(losses: [try #require(Catalog.named("huber"))], destination: try OutputDestination(out: "s.svg", format: nil, defaultStem: "s"))
        request.parameters[.delta] = (0..<12).map { 0.25 + 0.25 * Double($0) }
        request.render.theme = theme
        let spec = try request.figureSpec()
        #expect(spec.colorBar != nil)
        return try Self.curveColors(spec, theme: theme)
    }

    @Test("curves coloured by viridis on the dark theme have WCAG contrast 3:1 or more too; the light theme keeps viridis whole")
    func colourMapOnDark() throws {
        let dark = try #require(Theme.dark.background)
        let background = try #require(ColourScience.hex(dark.hexString))
        let drawn = try Self.sweepColors(theme: .dark)
        #expect(drawn.count == 12 && Set(drawn).count == 12)
        for color in drawn {
            #expect(ColourScience.contrastRatio(color, background) >= 3, "#\(String(color, radix: 16)) on the dark theme")
        }
        // viridis's published ends, #440154 and #fde725.
        let light = try Self.sweepColors(theme: .light)
        #expect(light.first == 0x440154 && light.last == 0xFDE725)
    }

    @Test("the default palette draws 20 curves in 20 colours on either theme (the issue's 9-curve figure drew two in one blue)")
    func twentyDistinct() throws {
        for theme in [Theme.light, .dark] {
            let drawn = try Self.curveColors(Self.spec(count: 20), theme: theme)
            #expect(drawn.count == 20 && Set(drawn).count == 20)
        }
    }

    @Test("the default palette's first curves keep the colours they have always had")
    func defaultStart() throws {
        #expect(try Self.curveColors(Self.spec(count: 3), theme: .light) == [0x0072B2, 0xD55E00, 0x009E73])
    }

    @Test("a curve's own colour wins over the palette, on either theme")
    func explicitColourWins() throws {
        for theme in [Theme.light, .dark] {
            let drawn = try Self.curveColors(Self.spec(count: 3, palette: "okabe-ito", colors: [nil, "#123456", nil]), theme: theme)
            #expect(drawn[1] == 0x123456)
        }
        #expect(try Self.curveColors(Self.spec(count: 2, palette: "tab10", colors: [nil, nil]), theme: .light) == [0x1F77B4, 0xFF7F0E])
    }

    @Test("a palette shorter than the curves warns in one line that colours repeat")
    func repeatWarning() throws {
        #expect(try FigureBuilder(Self.spec(count: 9, palette: "okabe-ito")).warnings
            == ["palette okabe-ito has 8 colours for 9 curves, so colours repeat from curve 9; give each curve its own colour (--color), or the default palette (20 colours)"])
        #expect(try FigureBuilder(Self.spec(count: 8, palette: "okabe-ito")).warnings.isEmpty)
        #expect(try FigureBuilder(Self.spec(count: 20)).warnings.isEmpty)
        #expect(try FigureBuilder(Self.spec(count: 21)).warnings
            == ["palette default has 20 colours for 21 curves, so colours repeat from curve 21; give each curve its own colour (--color)"])
        // Curves that all have their own colours take none from the palette.
        #expect(try FigureBuilder(Self.spec(count: 9, palette: "okabe-ito", colors: Array(repeating: "red", count: 9))).warnings.isEmpty)
    }

    @Test("a manifest's unknown palette is refused, naming the figure and the palettes")
    func unknownPalette() throws {
        #expect(throws: InputError("figure 'palette': palette 'viridis' is not known; use default, tab10 or okabe-ito")) {
            try FigureBuilder(Self.spec(count: 2, palette: "viridis"))
        }
    }

    @Test("a manifest's palette field is read and drawn")
    func manifestField() throws {
        let json = #"{"figures": [{"name": "p", "curves": [{"loss": "l1"}, {"loss": "l2"}], "palette": "tab10"}]}"#
        let specs = try Manifest.parse(Data(json.utf8), path: "m.json")
        #expect(specs.map(\.palette) == ["tab10"])
        // matplotlib's C0 and C1.
        #expect(try Self.curveColors(specs[0], theme: .light) == [0x1F77B4, 0xFF7F0E])
    }
}
