import Foundation
import Testing
@testable import CairoCanvas
@testable import LossPlotKit
import Plotting

/// Unicode noncharacters in labels: Cairo refuses them as "not valid UTF-8" while drawing, so they
/// are refused with the input; and a PDF whose drawing fails releases its surface before its byte
/// sink (fuzz-manifest found the sink freed first: a heap use after free under AddressSanitizer).
@Suite("Noncharacters in labels, and a PDF that fails to draw")
struct NoncharacterTests {
    /// A string around one scalar (Swift's literals refuse noncharacters, so it is built from its value).
    static func text(_ value: UInt32) -> String { "a" + String(Character(Unicode.Scalar(value)!)) + "b" }

    @Test("a label, title or manifest text holding U+FFFF, U+FFFE, U+FDD0 or U+10FFFF is refused in one line naming the flag",
          arguments: [0xFFFF, 0xFFFE, 0xFDD0, 0x10FFFF] as [UInt32])
    func refused(value: UInt32) {
        let text = Self.text(value)
        #expect { try MathChecks.check(text, "--label") } throws: { error in
            (error as? InputError)?.description.hasPrefix("--label: ") == true && (error as? InputError)?.description.contains("noncharacter") == true
        }
    }

    @Test("ordinary text, accents, Greek and emoji are not noncharacters")
    func accepted() throws {
        for text in ["huber, δ = 1", "é", "\u{FFFD}", "🙂", "\u{FDCF}", "\u{FDF0}"] { try MathChecks.check(text, "--label") }
    }

    @Test("a PDF whose drawing fails throws, its bytes sink alive until the surface is gone")
    func pdfFailure() {
        let figure = Figure(panels: [Panel(series: [Series(label: Self.text(0xFFFF), xs: [0, 1], ys: [0, 1], color: Color(red: 0, green: 0, blue: 1))])])
        #expect(throws: (any Error).self) { try FigureRasterizer.render(figure, format: .pdf) }
    }
}
