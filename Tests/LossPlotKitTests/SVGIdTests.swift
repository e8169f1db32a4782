import CairoCanvas
import Foundation
import LossFunctions
import Plotting
import Testing
@testable import LossPlotKit

/// Ids in SVG files: unique to their figure, so that two SVGs inlined in one HTML page (a
/// notebook, a course page) never draw with each other's glyphs, clip paths or gradients.
@Suite("SVG ids: each figure's own, every reference inside its file, the same bytes run after run")
struct SVGIdTests {
    static func svg(_ losses: [String], title: String, colorBar: Bool = false) throws -> String {
        let curves = try losses.map { try CurveSpec(loss: #require(Catalog.named($0))) }
        var spec = FigureSpec(name: "ids", title: title, range: [-2, 2], samples: 50, curves: curves)
        if colorBar {
            spec.curves = (0..<8).map { i in CurveSpec(loss: curves[0].loss, label: "c\(i)", color: ColorMap.viridis.color(at: Double(i) / 7).hexString) }
            spec.colorBar = ColorBarSpec(label: "δ", range: [0, 1])
        }
        let bytes = try FigureRasterizer.render(FigureBuilder(spec).figure(RenderOptions()), format: .svg)
        return try #require(String(bytes: bytes, encoding: .utf8))
    }

    /// Every match of a pattern's first group.
    static func matches(_ pattern: String, in text: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    /// The file's ids, and what its href="#...", xlink:href="#..." and url(#...) point to.
    static func idsAndReferences(_ svg: String) throws -> (ids: [String], references: [String]) {
        let ids = try matches(#"\sid="([^"]*)""#, in: svg)
        let references = try matches(##"href="#([^"]*)""##, in: svg) + matches(##"url\(#([^)]*)\)"##, in: svg)
        return (ids, references)
    }

    @Test("two figures' ids are disjoint, each file's ids distinct, and every reference names an id of its own file")
    func disjointAndResolved() throws {
        // Glyphs (text), a clip path (the curves) and a gradient (the colour bar) are each referenced.
        let first = try Self.svg(["l1", "l2"], title: "first figure")
        let second = try Self.svg(["huber"], title: "Zweite Abbildung", colorBar: true)
        let a = try Self.idsAndReferences(first), b = try Self.idsAndReferences(second)
        #expect(!a.ids.isEmpty && !b.ids.isEmpty)
        #expect(b.references.contains { r in second.contains("<linearGradient id=\"\(r)\"") })
        #expect(Set(a.ids).count == a.ids.count && Set(b.ids).count == b.ids.count)
        #expect(Set(a.ids).isDisjoint(with: b.ids))
        #expect(Set(a.references).isSubset(of: a.ids))
        #expect(Set(b.references).isSubset(of: b.ids))
        #expect(!a.references.isEmpty && !b.references.isEmpty)
    }

    @Test("ids carry one prefix, 'f' and 8 hex digits and '-', the same for the same figure and different for another")
    func prefix() throws {
        let first = try Self.svg(["l1"], title: "one"), again = try Self.svg(["l1"], title: "one"), other = try Self.svg(["l1"], title: "two")
        #expect(first == again)
        func prefixes(_ svg: String) throws -> Set<String> { Set(try Self.idsAndReferences(svg).ids.map { String($0.prefix(9)) }) }
        let p = try prefixes(first)
        #expect(p.count == 1)
        #expect(try Self.matches(#"^(f[0-9a-f]{8})$"#, in: p.first!).count == 1)
        #expect(try Self.idsAndReferences(first).ids.allSatisfy { $0.dropFirst(9).hasPrefix("-") })
        #expect(try prefixes(other) != p)
    }
}
