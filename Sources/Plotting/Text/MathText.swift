/// matplotlib-style maths in labels: the parts of a text between two `$` are read as TeX
/// (`$\ell_\delta(r)$`, `$e^{-x}$`, `$\hat{y}$`) and turned into Pango markup, Latin and
/// lower-case Greek letters in italics, scripts smaller and shifted. Outside the `$`, the text
/// is kept as it is (markup included), but `\$` stands for a dollar sign. A text without `$` is
/// returned unchanged unless asked to escape it.
public enum MathText {
    /// Why a text's maths cannot be drawn, in one sentence naming the offending command.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The reason, without the flag or the text, which the caller names.
        public let description: String

        init(_ description: String) {
            self.description = description
        }
    }

    /// Whether a text has maths or an escaped dollar to convert.
    public static func hasMaths(_ text: String) -> Bool {
        text.contains("$")
    }

    /// Checks a text's maths, throwing the first failure.
    public static func check(_ text: String) throws(Failure) {
        _ = try markup(text, fontSize: 10)
    }

    /// The Pango markup of a text for a font of `fontSize` pixels (script shifts are in font
    /// units). `outsideIsMarkup` false escapes the text outside the maths too: for a text whose
    /// plain part is not valid markup, which the canvas would otherwise draw as plain text.
    public static func markup(_ text: String, fontSize: Double, outsideIsMarkup: Bool = true) throws(Failure) -> String {
        guard hasMaths(text) else { return outsideIsMarkup ? text : escaped(text) }
        var result = ""
        var characters = text[...]
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "\\", characters.first == "$" {
                characters = characters.dropFirst()
                result += "$"
            } else if character == "$" {
                var source = ""
                var closed = false
                while let next = characters.first {
                    characters = characters.dropFirst()
                    if next == "$" {
                        closed = true
                        break
                    }
                    source.append(next)
                    if next == "\\", let escaped = characters.first {
                        characters = characters.dropFirst()
                        source.append(escaped)
                    }
                }
                guard closed else {
                    throw Failure(#"an odd number of $ (maths goes between two $; write \$ for a dollar sign)"#)
                }
                var parser = MathParser(source)
                result += markup(of: try parser.parse(), fontSize: fontSize)
            } else {
                result += outsideIsMarkup ? String(character) : escaped(String(character))
            }
        }
        return result
    }

    /// Runs as Pango markup: one span for each stretch of one size and rise, never nested, so
    /// that each stretch's size and rise are its own whatever Pango does with nested spans.
    static func markup(of runs: [MathRun], fontSize: Double) -> String {
        var stretches: [[MathRun]] = []
        for run in runs where !run.text.isEmpty {
            if let first = stretches.last?.first, first.level == run.level, first.rise == run.rise {
                stretches[stretches.count - 1].append(run)
            } else {
                stretches.append([run])
            }
        }
        return stretches.map { stretch in
            var body = ""
            var italic: [String] = []
            for (i, run) in stretch.enumerated() {
                if run.italic { italic.append(run.text) } else { body += escaped(run.text) }
                if !italic.isEmpty, i == stretch.count - 1 || !stretch[i + 1].italic {
                    body += "<i>\(escaped(italic.joined()))</i>"
                    italic = []
                }
            }
            let first = stretch[0]
            var attributes: [String] = []
            if first.level > 0 { attributes.append("size=\"\(percent(MathRun.scale(level: first.level)))\"") }
            let rise = Int((first.rise * fontSize * 1024).rounded())
            if rise != 0 { attributes.append("rise=\"\(rise)\"") }
            return attributes.isEmpty ? body : "<span \(attributes.joined(separator: " "))>\(body)</span>"
        }.joined()
    }

    /// A scale as Pango's percentage, to a tenth: 0.7 is "70%", 0.343 "34.3%".
    private static func percent(_ scale: Double) -> String {
        let tenths = Int((scale * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }

    /// The text with `&`, `<` and `>` as entities, scalar by scalar: a combining mark after `&`
    /// makes one Character of the two, which a comparison of Characters would not escape.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
