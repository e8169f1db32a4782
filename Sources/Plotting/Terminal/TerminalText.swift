/// Labels as a terminal chart writes them: one line of plain text.
enum TerminalText {
    /// Text as the canvas shows it, on one line: maths read (`$x^2$` is x2), Pango tags dropped and entities decoded when the
    /// text is valid markup, as it is otherwise (the Cairo canvas falls back the same way), and
    /// control characters, which would move the cursor, turned into spaces: typed ones and
    /// ones an entity such as `&#x1B;` decodes to.
    static func plain(_ text: String?) -> String {
        guard let text else { return "" }
        let source = MathText.hasMaths(text) ? (try? MathText.markup(text, fontSize: 1)) ?? text : text
        let visible = stripMarkup(source) ?? source
        return String(visible.map { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : $0 })
    }

    private static func stripMarkup(_ text: String) -> String? {
        var result = ""
        var rest = Substring(text)
        while let i = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            result += rest[..<i]
            let opening = rest[i]
            rest = rest[rest.index(after: i)...]
            guard let end = rest.firstIndex(of: opening == "<" ? ">" : ";") else { return nil }
            let body = rest[..<end]
            rest = rest[rest.index(after: end)...]
            if opening == "<" {
                let name = body.hasPrefix("/") ? body.dropFirst() : body
                guard name.first?.isLetter == true, !name.contains("<") else { return nil }
            } else {
                guard let character = entity(body) else { return nil }
                result.append(character)
            }
        }
        return result + rest
    }

    private static func entity(_ name: Substring) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return code.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    /// The text cut to `width` characters, an ellipsis marking the cut.
    static func fitted(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(width - 1, 0))) + "…"
    }
}
