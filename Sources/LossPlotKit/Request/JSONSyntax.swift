/// Checks that bytes are strict JSON (RFC 8259) and says where they are not: Foundation's
/// parser gives no position, and accepts trailing commas a user's next tool may reject.
struct JSONSyntax {
    /// The first syntax error: its 1-based line and column, and what was expected there.
    struct Failure: Error, Equatable {
        let line: Int
        let column: Int
        let expected: String

        var description: String { "line \(line), column \(column): expected \(expected)" }
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    static func check(_ bytes: [UInt8]) -> Failure? {
        var parser = JSONSyntax(bytes: bytes)
        do {
            try parser.value()
            parser.skipSpace()
            if parser.index < bytes.count { throw parser.failure("the end of the document") }
            return nil
        } catch let failure as Failure {
            return failure
        } catch {
            return nil
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ expected: String) -> Failure {
        var line = 1, column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Failure(line: line, column: column, expected: expected)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { index += 1 }
    }

    private mutating func expect(_ c: UInt8, _ what: String) throws {
        skipSpace()
        guard current == c else { throw failure(what) }
        index += 1
    }

    private mutating func value() throws {
        skipSpace()
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { throw failure("less nesting") }
        switch current {
        case UInt8(ascii: "{"): try object()
        case UInt8(ascii: "["): try array()
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case let c? where c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39): try number()
        default: throw failure("a value")
        }
    }

    private mutating func object() throws {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw failure("a field name in double quotes") }
            try string()
            try expect(UInt8(ascii: ":"), "':' after the field name")
            try value()
            skipSpace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            return
        }
    }

    private mutating func array() throws {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try value()
            skipSpace()
            if current == UInt8(ascii: ",") {
                index += 1
                continue
            }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            return
        }
    }

    private mutating func string() throws {
        index += 1
        while let c = current {
            index += 1
            if c == UInt8(ascii: "\"") { return }
            if c < 0x20 {
                index -= 1
                throw failure("no control character inside a string")
            }
            if c == UInt8(ascii: "\\") {
                guard let e = current, Array("\"\\/bfnrtu".utf8).contains(e) else { throw failure("an escape such as \\n or \\u0041") }
                index += 1
                if e == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        guard let h = current, (h >= 0x30 && h <= 0x39) || (h | 0x20 >= 0x61 && h | 0x20 <= 0x66) else {
                            throw failure("four hex digits after \\u")
                        }
                        index += 1
                    }
                }
            }
        }
        throw failure("a closing '\"'")
    }

    private mutating func literal(_ word: String) throws {
        for c in word.utf8 {
            guard current == c else { throw failure("'\(word)'") }
            index += 1
        }
    }

    private mutating func number() throws {
        func digits() -> Int {
            var n = 0
            while let c = current, c >= 0x30 && c <= 0x39 {
                index += 1
                n += 1
            }
            return n
        }
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            throw failure("a digit")
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("a digit in the exponent") }
        }
    }
}
