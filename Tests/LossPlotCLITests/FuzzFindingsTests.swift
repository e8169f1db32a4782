import Foundation
import Plotting
import TestUtilities
import Testing
@testable import CairoCanvas
@testable import LossPlotCLI
@testable import LossPlotKit

/// What the libFuzzer harnesses of Fuzz/ found, each with its input (also kept as a seed in
/// Fuzz/corpus/NAME/finding-*, so that every `make fuzz` tries it again).
@Suite("Findings of the fuzz harnesses stay fixed")
struct FuzzFindingsTests {
    /// fuzz-values, Fuzz/corpus/values/finding-sweep-overflow: Swift's `Double(_:)` stops at a NUL,
    /// so "-1e0", NULs, then "308" read as -1; text read from a file can hold NULs.
    @Test("a number with a NUL inside is not a number", arguments: ["-1e0\0\0\0\0\0\0\0\0308", "1\0", "\u{0}2", "0.5\0junk"])
    func nulInNumber(text: String) {
        #expect(throws: InputError("--delta: '\(text)' is not a number")) { try ArgumentValues.number(text, flag: "--delta") }
        #expect(throws: InputError("--pred: sample 1, position 1: '\(text)' is not a number")) { try Rows.parse(text, flag: "--pred") }
    }

    /// The same input's sweep: (HI - LO) * i overflowed before the division by N - 1, and the
    /// sweep -1:1e308:7 held infinities.
    @Test("a sweep whose HI - LO is finite but times N is not gives finite, increasing values")
    func wideSweep() throws {
        let values = try ArgumentValues.list("-1:1e308:7", flag: "--alpha", allowInfinity: true)
        #expect(values.count == 7 && values.first == -1 && values.last == 1e308)
        #expect(values.allSatisfy { $0.isFinite })
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 })
        // numpy.linspace(-1, 1e308, 7)[3] is 5e307 (numpy 2.4.6).
        #expect(values[3] == 5e307)
        #expect(try spec(["barron", "--alpha", "-1:1e308:7"]).curves.compactMap { $0.value(of: .alpha) }.allSatisfy { $0.isFinite })
    }

    /// fuzz-values, Fuzz/corpus/values/finding-geometric-one-value: a geometric sweep of one value
    /// skipped the check that both ends are above 0.
    @Test("a geometric sweep of one value still needs both ends above 0")
    func geometricOneValue() {
        #expect(throws: InputError("--delta: '0.:11:01' cannot be spaced geometrically; both ends must be > 0")) {
            try ArgumentValues.list("0.:11:01", flag: "--delta", geometric: true)
        }
        #expect(failure(["huber", "--delta", "0:1:1", "--geometric", "--out", "fig.png"])?.message
                == "Error: --delta: '0:1:1' cannot be spaced geometrically; both ends must be > 0")
    }

    /// Beside that finding: the ratio HI / LO of a geometric sweep overflows for ends 1e-300 and 1e300.
    @Test("a geometric sweep from 1e-300 to 1e300 gives the powers of ten between, all finite")
    func wideGeometricSweep() throws {
        let values = try ArgumentValues.list("1e-300:1e300:5", flag: "--delta", geometric: true)
        for (value, expected) in zip(values, [1e-300, 1e-150, 1, 1e150, 1e300]) {
            #expect(abs(value / expected - 1) < 1e-12, "\(value) for \(expected)")
        }
    }

    /// fuzz-markup, Fuzz/corpus/markup/finding-lone-skin-tone: Pango 1.50 aborted the process
    /// (an assertion in its line breaker) when it wrapped a label through a skin-tone modifier
    /// that follows no emoji, then a joiner and an emoji. Run as a process: an abort here would
    /// end the test run.
    @Test("a label with a lone skin-tone modifier before a joined emoji draws when it wraps",
          arguments: ["a\u{1F3FD}\u{200D}\u{1F469}", "\u{FFFD}\u{1F3FF}\u{200D}\u{1F469} loss", "<b>a\u{1F3FB}\u{200D}\u{1F469}</b>"])
    func loneSkinTone(label: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in ["png", "svg"] {
            // 120x100 is too small for the figure's text since issue 22; measuring it for the
            // refusal still wraps the label, and the smallest size that fits then draws it.
            let small = try ProcessRun.run(LossPlotBinary.path, ["l1", "--label", label, "--size", "120x100", "--out", "x." + format], in: folder)
            #expect(small.status == 1, "\(format): \(small.stderr)")
            let size = try #require(small.stderr.firstMatch(of: /the smallest that fits is (\d+x\d+)/)?.1, "\(small.stderr)")
            let run = try ProcessRun.run(LossPlotBinary.path, ["l1", "--label", label, "--size", String(size), "--out", "x." + format], in: folder)
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder + "/x." + format))
        }
    }

    @Test("only lone skin-tone modifiers are left out: after an emoji they stay")
    func skinToneKept() {
        #expect(TextLayouts.withoutLoneModifiers("a\u{1F3FD}b") == "ab")
        #expect(TextLayouts.withoutLoneModifiers("\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}") == "\u{1F469}\u{1F3FD}\u{200D}\u{1F4BB}")
        #expect(TextLayouts.withoutLoneModifiers("\u{1F44D}\u{1F3FB}\u{1F3FB}") == "\u{1F44D}\u{1F3FB}")
        #expect(TextLayouts.withoutLoneModifiers("δ = 0.5") == "δ = 0.5")
    }

    /// fuzz-maths, Fuzz/corpus/maths/finding-*: a backslash before a line break named a command of
    /// two lines; a NUL in a script cut Pango's reading of the markup inside a span; a combining
    /// mark after `&` made one Character of the two, left unescaped, so the markup was invalid.
    @Test("the maths findings: refused in one line, or markup Pango reads", arguments: [
        ("finding-backslash-newline", "unknown command \\U+000A in maths"),
        ("finding-nul-in-script", "a control character U+0000 in maths"),
        ("finding-combining-after-ampersand", nil),
    ] as [(String, String?)])
    func mathsFinding(name: String, refusal: String?) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Fuzz/corpus/maths/" + name))
        let text = String(decoding: data, as: UTF8.self)
        if let refusal {
            #expect { try MathText.check(text) } throws: { "\($0)".hasPrefix(refusal) && !"\($0)".contains("\n") }
        } else {
            #expect(TextLayouts.isValidMarkup(try MathText.markup(text, fontSize: 10, outsideIsMarkup: false)))
            #expect(TextLayouts.isValidMarkup(TextLayouts.withMaths(text, size: 10)))
        }
    }
}
