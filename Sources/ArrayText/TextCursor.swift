/// A position in the bytes being read, with the line it is on, for error locations.
struct TextCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool { index == bytes.count }

    /// The byte at the cursor, or nil at the end.
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Skips spaces, tabs and carriage returns, not line ends.
    mutating func skipBlanks() {
        while index < bytes.count, TextCursor.isBlank(bytes[index]) { index += 1 }
    }

    /// Skips all whitespace, line ends included, counting lines.
    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                newLine()
            } else if TextCursor.isBlank(byte) {
                index += 1
            } else {
                return
            }
        }
    }

    /// Steps over the line end at the cursor.
    mutating func newLine() {
        index += 1
        line += 1
        lineStart = index
    }

    /// Moves past `byte`s until one of `stop` (or the end), and returns where the run began.
    mutating func skipToken(stoppingAt isSeparator: (UInt8) -> Bool) -> Range<Int> {
        let start = index
        while index < bytes.count, !isSeparator(bytes[index]) { index += 1 }
        return start..<index
    }

    /// An error at byte `position` of the current line; the column counts characters.
    func error(at position: Int, _ reason: String) -> ArrayTextError {
        var column = 1
        var k = lineStart
        while k < position {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return ArrayTextError(line: line, column: column, reason: reason)
    }

    /// The bytes of `range` as text to quote in a message, shortened past 40 characters.
    func quote(_ range: Range<Int>) -> String {
        let shown = String(decoding: bytes[range.lowerBound..<min(range.upperBound, range.lowerBound + 40)], as: UTF8.self)
        return "'" + shown + (range.count > 40 ? "...'" : "'")
    }

    /// Space, tab, carriage return, vertical tab, form feed.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 13 || byte == 11 || byte == 12
    }
}
