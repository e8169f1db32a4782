import Foundation
import TestUtilities
import Testing
@testable import Plotting

/// The palettes' colours against their published values, their distinctness in CIEDE2000, and
/// the dark theme's contrast in WCAG 2.1's terms, each computed here from the formulas.
@Suite("Curve palettes: published colours, distinct past 8 curves, visible on the dark theme")
struct CurvePaletteTests {
    static func hexes(_ colors: [Color]) -> [UInt32] {
        colors.map { ColourScience.hex($0.hexString)! }
    }

    @Test("the test's own colour formulas reproduce published values")
    func formulas() {
        // WCAG's best-known ratios: black on white 21:1, #777777 on white 4.48:1.
        #expect(abs(ColourScience.contrastRatio(0x000000, 0xFFFFFF) - 21) < 1e-9)
        #expect(abs(ColourScience.contrastRatio(0x777777, 0xFFFFFF) - 4.48) < 0.005)
        // sRGB red in CIELAB D65: (53.24, 80.09, 67.20).
        let red = ColourScience.lab(0xFF0000)
        #expect(abs(red.l - 53.2408) < 0.01 && abs(red.a - 80.0925) < 0.01 && abs(red.b - 67.2032) < 0.01)
        // Sharma, Wu and Dalal's test pairs 1, 7, 17 and 25.
        let pairs: [((Double, Double, Double), (Double, Double, Double), Double)] = [
            ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
            ((50, 0, 0), (50, -1, 2), 2.3669),
            ((50, 2.5, 0), (73, 25, -18), 27.1492),
            ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ]
        for (p, q, expected) in pairs {
            #expect(abs(ColourScience.deltaE2000(p, q) - expected) < 1e-4)
        }
    }

    @Test("tab10 is matplotlib's Tableau 10, in its order")
    func tab10() {
        #expect(Self.hexes(CurvePalette.tab10.colors)
            == [0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF])
    }

    @Test("okabe-ito is Okabe and Ito's eight colours, black last")
    func okabeIto() {
        #expect(Self.hexes(CurvePalette.okabeIto.colors) == [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000])
    }

    @Test("the default palette starts with the eight colours figures have always taken, so they draw as before")
    func defaultKeepsItsStart() {
        #expect(Array(Self.hexes(CurvePalette.standard.colors).prefix(8))
            == [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442])
    }

    @Test("the default palette's 20 colours are each at least ΔE00 10 from every other, on either theme")
    func defaultIsDistinct() {
        let palette = CurvePalette.standard
        #expect(palette.colors.count >= 20)
        for colors in [palette.colors, palette.darkColors] {
            let first20 = Array(Self.hexes(colors).prefix(20))
            #expect(Set(first20).count == 20)
            #expect(ColourScience.minimumDeltaE2000(first20) >= 10)
        }
    }

    @Test("every colour of every palette has WCAG contrast 3:1 or more on the dark theme's background", arguments: CurvePalette.all.map(\.name))
    func darkContrast(name: String) throws {
        let palette = try #require(CurvePalette.named(name))
        let background = try #require(Theme.dark.background)
        for color in Self.hexes(palette.colors(on: .dark)) + Self.hexes(palette.colors(on: Theme.dark.transparent)) {
            #expect(ColourScience.contrastRatio(color, ColourScience.hex(background.hexString)!) >= 3, "\(name): \(String(color, radix: 16))")
        }
    }

    @Test("the dark theme's text has WCAG contrast 4.5:1 or more on its background")
    func darkText() throws {
        let background = try #require(Theme.dark.background)
        #expect(ColourScience.contrastRatio(ColourScience.hex(Theme.dark.foreground.hexString)!, ColourScience.hex(background.hexString)!) >= 4.5)
    }

    @Test("the light theme takes each palette's own colours")
    func lightTakesTheColours() {
        for palette in CurvePalette.all {
            #expect(palette.colors(on: .light) == palette.colors)
            #expect(palette.colors(on: Theme.light.transparent) == palette.colors)
        }
    }

    @Test("palettes are found by name, and only by their names")
    func names() {
        #expect(CurvePalette.all.map(\.name) == ["default", "tab10", "okabe-ito"])
        #expect(CurvePalette.named("okabe-ito") == .okabeIto)
        #expect(CurvePalette.named("viridis") == nil)
        #expect(CurvePalette.namesText == "default, tab10 or okabe-ito")
    }
}
