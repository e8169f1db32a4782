import Platform

/// Reads the maths between two `$` into runs, as matplotlib's mathtext sets them: TeX's
/// spacing around operators and relations, scripts at 0.7 of their base and shifted by the
/// DejaVu Sans TeX table's amounts, unknown commands refused.
struct MathParser {
    /// Braces and scripts nested deeper than this are refused (the parser recurses).
    static let deepestNesting = 12
    /// matplotlib's DejaVu Sans constants, in ems: sup1, sub1 and sub2 (a subscript under a superscript).
    static let superscriptRise = 845.824 / 2048
    static let subscriptDrop = 307.199 / 2048
    static let subscriptDropUnderSuperscript = 632.832 / 2048

    private struct Context {
        var level = 0
        var rise = 0.0
        var upright = false
        var depth = 0

        var deeper: Context {
            var context = self
            context.depth += 1
            return context
        }
    }

    private struct Item {
        var runs: [MathRun]
        var kind: MathSymbols.Kind
    }

    private let characters: [Character]
    private var position = 0

    init(_ source: String) {
        characters = Array(source)
    }

    /// The runs of the whole source.
    mutating func parse() throws(MathText.Failure) -> [MathRun] {
        let context = Context()
        return Self.spaced(try list(context, inBraces: false), context)
    }

    private mutating func list(_ context: Context, inBraces: Bool) throws(MathText.Failure) -> [Item] {
        guard context.depth <= Self.deepestNesting else {
            throw MathText.Failure("braces and scripts nested more than \(Self.deepestNesting) deep in maths")
        }
        var items: [Item] = []
        while true {
            skipSpaces()
            guard position < characters.count else {
                if inBraces { throw MathText.Failure("unbalanced braces in maths: a { without its }") }
                return items
            }
            if characters[position] == "}" {
                guard inBraces else { throw MathText.Failure("unbalanced braces in maths: a } without its {") }
                position += 1
                return items
            }
            var item = characters[position] == "^" || characters[position] == "_"
                ? Item(runs: [], kind: .ordinary) : try atom(context)
            try attachScripts(to: &item, context)
            items.append(item)
        }
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private func run(_ text: String, italic: Bool, _ context: Context) -> MathRun {
        MathRun(text: text, italic: italic, level: context.level, rise: context.rise)
    }

    private mutating func atom(_ context: Context) throws(MathText.Failure) -> Item {
        let character = characters[position]
        position += 1
        switch character {
        case "{":
            return Item(runs: Self.spaced(try list(context.deeper, inBraces: true), context), kind: .ordinary)
        case "\\":
            return try command(context)
        default:
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw MathText.Failure("a control character \(Self.visible(String(character))) in maths")
            }
            let italic = character.isLetter && !context.upright
            return Item(runs: [run(MathSymbols.shown(character), italic: italic, context)], kind: MathSymbols.kind(of: character))
        }
    }

    private mutating func command(_ context: Context) throws(MathText.Failure) -> Item {
        guard position < characters.count else { throw MathText.Failure(#"a \ with nothing after it in maths"#) }
        var name = String(characters[position])
        position += 1
        if characters[position - 1].isASCII && characters[position - 1].isLetter {
            while position < characters.count, characters[position].isASCII && characters[position].isLetter {
                name.append(characters[position])
                position += 1
            }
        }
        if let letter = MathSymbols.lowerGreek[name] {
            return Item(runs: [run(letter, italic: !context.upright, context)], kind: .ordinary)
        }
        if let letter = MathSymbols.upperGreek[name] {
            return Item(runs: [run(letter, italic: false, context)], kind: .ordinary)
        }
        if MathSymbols.functions.contains(name) {
            return Item(runs: [run(name, italic: false, context)], kind: .function)
        }
        if let symbol = MathSymbols.others[name] {
            return Item(runs: [run(symbol.text, italic: symbol.italic && !context.upright, context)], kind: symbol.kind)
        }
        if let space = MathSymbols.spaces[name] {
            return Item(runs: [run(space, italic: false, context)], kind: .space)
        }
        switch name {
        case "mathrm":
            var upright = context
            upright.upright = true
            return Item(runs: try argument(of: #"\mathrm"#, upright), kind: .ordinary)
        case "left", "right":
            return try delimiter(name == "left", context)
        case "frac":
            throw MathText.Failure(#"\frac is not supported in labels: write a/b, or \left(a\right)/b"#)
        default:
            break
        }
        if let accent = MathSymbols.accents[name] {
            let runs = try argument(of: "\\" + name, context)
            guard runs.count == 1, runs[0].text.count == 1 else {
                throw MathText.Failure("\\\(name) takes one symbol in maths, as \\\(name){y}")
            }
            var accented = runs[0]
            // Canonical composition (NFC: e + U+0301 is é), as Foundation's
            // precomposedStringWithCanonicalMapping; the standard library's own, without Foundation.
            accented.text = String(decoding: (accented.text + String(accent))._nfcCodeUnits, as: UTF8.self)
            return Item(runs: [accented], kind: .ordinary)
        }
        throw MathText.Failure("unknown command \\\(Self.visible(name)) in maths (\(MathSymbols.summary))")
    }

    /// A command's name on one line: a control character or a line break (`\` then a newline)
    /// as its code point, U+000A.
    static func visible(_ name: String) -> String {
        name.unicodeScalars.map { scalar in
            let category = scalar.properties.generalCategory
            guard [.control, .format, .lineSeparator, .paragraphSeparator].contains(category)
                || (category == .spaceSeparator && scalar != " ") else { return String(scalar) }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined()
    }

    /// The one symbol or braced group a command applies to.
    private mutating func argument(of command: String, _ context: Context) throws(MathText.Failure) -> [MathRun] {
        skipSpaces()
        guard position < characters.count, !"}^_".contains(characters[position]) else {
            throw MathText.Failure("\(command) with nothing after it in maths")
        }
        return try atom(context.deeper).runs
    }

    private mutating func delimiter(_ left: Bool, _ context: Context) throws(MathText.Failure) -> Item {
        let command = left ? #"\left"# : #"\right"#
        skipSpaces()
        guard position < characters.count else { throw MathText.Failure("\(command) with nothing after it in maths") }
        var name = String(characters[position])
        position += 1
        if name == "\\", position < characters.count {
            name = "\\" + String(characters[position])
            position += 1
        }
        let shown: String? = switch name {
        case "(", ")", "[", "]", "|": name
        case ".": ""
        case #"\|"#: "‖"
        case #"\{"#: "{"
        case #"\}"#: "}"
        default: nil
        }
        guard let shown else {
            throw MathText.Failure("\(command) takes a delimiter in maths: ( ) [ ] | \\| \\{ \\} or .; not \(Self.visible(name))")
        }
        return Item(runs: shown.isEmpty ? [] : [run(shown, italic: false, context)], kind: left ? .open : .close)
    }

    private mutating func attachScripts(to item: inout Item, _ context: Context) throws(MathText.Failure) {
        var lowered: [MathRun]?
        var raised: [MathRun]?
        while true {
            skipSpaces()
            guard position < characters.count, characters[position] == "^" || characters[position] == "_" else { break }
            let mark = characters[position]
            position += 1
            let isSuperscript = mark == "^"
            if (isSuperscript ? raised : lowered) != nil {
                throw MathText.Failure("a second \(mark) on one symbol in maths: write {x\(mark)a}\(mark)b")
            }
            skipSpaces()
            guard position < characters.count, !"}^_".contains(characters[position]) else {
                throw MathText.Failure("\(mark) with nothing after it in maths")
            }
            var script = context.deeper
            script.level += 1
            let runs = try atom(script).runs
            if isSuperscript { raised = runs } else { lowered = runs }
        }
        let scale = MathRun.scale(level: context.level)
        if let lowered {
            let drop = (raised == nil ? Self.subscriptDrop : Self.subscriptDropUnderSuperscript) * scale
            item.runs += lowered.map { var run = $0; run.rise -= drop; return run }
        }
        if let raised {
            item.runs += raised.map { var run = $0; run.rise += Self.superscriptRise * scale; return run }
        }
    }

    /// The items' runs with TeX's spaces between them (only on the main line, as TeX and
    /// matplotlib leave scripts unspaced but for a function name's thin space).
    private static func spaced(_ items: [Item], _ context: Context) -> [MathRun] {
        var kinds = items.map(\.kind)
        // A binary operator with nothing to operate on is ordinary: a unary minus.
        var previous: MathSymbols.Kind?
        for i in kinds.indices where kinds[i] != .space {
            if kinds[i] == .binary {
                let next = kinds[(i + 1)...].first { $0 != .space }
                let leftOperand = previous.map { ![.binary, .relation, .open, .punctuation, .function].contains($0) } ?? false
                let rightOperand = next.map { ![.relation, .close, .punctuation].contains($0) } ?? false
                if !(leftOperand && rightOperand) { kinds[i] = .ordinary }
            }
            previous = kinds[i]
        }
        var runs: [MathRun] = []
        var last: MathSymbols.Kind?
        for (item, kind) in zip(items, kinds) {
            if kind != .space, let before = last, let space = space(between: before, and: kind, level: context.level) {
                runs.append(MathRun(text: space, italic: false, level: context.level, rise: context.rise))
            }
            runs += item.runs
            if kind != .space { last = kind }
        }
        return runs
    }

    /// matplotlib's 0.2 em around operators and relations and after punctuation; 1/6 em after a
    /// function name before a symbol.
    private static func space(between left: MathSymbols.Kind, and right: MathSymbols.Kind, level: Int) -> String? {
        if left == .function, right == .ordinary || right == .function { return "\u{2006}" }
        guard level == 0 else { return nil }
        if left == .binary || right == .binary { return "\u{2009}" }
        if left == .relation || right == .relation {
            return left == right || left == .open || right == .close || right == .punctuation ? nil : "\u{2009}"
        }
        if left == .punctuation { return "\u{2009}" }
        return nil
    }
}
