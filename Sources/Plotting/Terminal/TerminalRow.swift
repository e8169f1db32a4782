/// One line of the chart: characters, each with an optional colour, cut at the chart's width.
struct TerminalRow {
    let width: Int
    private var cells: [(character: Character, color: Color?)] = []

    init(width: Int) {
        self.width = width
    }

    /// How many characters the line holds so far, trailing spaces included.
    var count: Int { cells.count }

    /// Writes text from a column on, over what was there; what falls outside the line is dropped.
    mutating func put(_ text: String, at column: Int, color: Color? = nil) {
        for (offset, character) in text.enumerated() where (0..<width).contains(column + offset) {
            let i = column + offset
            if cells.count <= i { cells += repeatElement((character: " ", color: nil), count: i + 1 - cells.count) }
            cells[i] = (character, color)
        }
    }

    /// The line without trailing spaces; with escapes, each coloured run opens with a 24-bit
    /// foreground colour and the line returns to the default foreground before it ends.
    func text(escapes: Bool) -> String {
        let used = cells.lastIndex { $0.character != " " }.map { $0 + 1 } ?? 0
        var text = ""
        var current: Color?
        for (character, color) in cells[..<used] {
            let color = escapes ? color : nil
            // A space looks the same in any colour, so it never opens a run.
            if character != " ", color != current {
                text += color.map(Self.escape) ?? Self.defaultForeground
                current = color
            }
            text.append(character)
        }
        if current != nil { text += Self.defaultForeground }
        return text
    }

    private static let defaultForeground = "\u{1B}[39m"

    private static func escape(_ color: Color) -> String {
        func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        return "\u{1B}[38;2;\(byte(color.red));\(byte(color.green));\(byte(color.blue))m"
    }
}
