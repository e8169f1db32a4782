import Platform
import Plotting

/// Refuses a title or label whose `$...$` maths cannot be drawn, before anything is written:
/// one line naming the flag or field, the value and the offending command.
enum MathChecks {
    /// Checks one text given by `flag` (a flag, or a manifest's figure and field).
    static func check(_ text: String?, _ flag: String) throws {
        guard let text else { return }
        // Unicode's noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF, the last two of each plane)
        // are valid in a Swift string and in JSON, but Cairo refuses them as "not valid UTF-8"
        // when it draws: refused here, before any work (found by fuzz-manifest).
        if let bad = text.unicodeScalars.first(where: Self.isNoncharacter) {
            throw InputError("\(flag): '\(Self.oneLine(text))' holds U+\(String(bad.value, radix: 16, uppercase: true)), a Unicode noncharacter, which no font draws")
        }
        guard MathText.hasMaths(text) else { return }
        do {
            try MathText.check(text)
        } catch {
            throw InputError("\(flag): '\(Self.oneLine(text))': \(error)")
        }
    }

    static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// The text with its line breaks as `\n`, so that the refusal stays one line.
    static func oneLine(_ text: String) -> String {
        text.replacing("\r", with: "\\r").replacing("\n", with: "\\n")
    }

    /// Checks every text of a manifest's figure: title, axis labels, curve labels and panels,
    /// span labels and the colour bar's label; `prefix` names the manifest and the figure.
    static func check(_ figure: FigureSpec, _ prefix: String) throws {
        try check(figure.title, "\(prefix) title")
        try check(figure.xLabel, "\(prefix) xLabel")
        try check(figure.yLabel, "\(prefix) yLabel")
        for (i, curve) in figure.curves.enumerated() {
            try check(curve.label, "\(prefix), curve \(i + 1) label")
            try check(curve.panel, "\(prefix), curve \(i + 1) panel")
        }
        for (i, span) in (figure.spans ?? []).enumerated() {
            try check(span.label, "\(prefix), span \(i + 1) label")
        }
        try check(figure.colorBar?.label, "\(prefix) colorBar label")
    }
}
