/// Reads a JSON array of arrays of numbers, one inner array per sample (`[[1, 2], [3, 4]]`), or
/// a flat array of numbers, one sample of one value each (`[1, 2, 3]`, as numpy's `tolist()` of
/// a 1-D array gives, read the same way as `np.savetxt`'s one value per line).
struct JSONArrayReader {
    var cursor: TextCursor
    let numbers: NumberReader

    mutating func read() throws(ArrayTextError) -> NumberTable {
        var values: [Double] = []
        values.reserveCapacity(min(cursor.bytes.count / 4, 1 << 20))
        cursor.skipWhitespace()
        try expect(UInt8(ascii: "["), "the array must start with '['")
        cursor.skipWhitespace()
        if cursor.peek == UInt8(ascii: "]") { throw cursor.error(at: cursor.index, "the array is empty; give at least one sample") }
        var columns = 1
        if cursor.peek == UInt8(ascii: "[") {
            columns = 0
            var firstLine = 0
            repeat {
                cursor.skipWhitespace()
                try expect(UInt8(ascii: "["), "a sample's array must start with '['")
                let count = try readNumbers(into: &values, limit: columns, firstLine: firstLine)
                if columns == 0 {
                    (columns, firstLine) = (count, cursor.line)
                } else if count != columns {
                    throw cursor.error(at: cursor.index - 1, "this sample has \(count) value\(count == 1 ? "" : "s"), the first (line \(firstLine)) has \(columns); every sample needs the same number of values")
                }
            } while try separator()
        } else {
            _ = try readNumbers(into: &values, limit: 0, firstLine: 0)
        }
        cursor.skipWhitespace()
        if !cursor.atEnd { throw cursor.error(at: cursor.index, "\(cursor.quote(cursor.index..<cursor.index + 1)) after the end of the array") }
        return NumberTable(values: values, columns: columns)
    }

    /// Reads numbers separated by commas up to and including the closing `]`; returns how many.
    private mutating func readNumbers(into values: inout [Double], limit: Int, firstLine: Int) throws(ArrayTextError) -> Int {
        var count = 0
        repeat {
            cursor.skipWhitespace()
            if count == 0, cursor.peek == UInt8(ascii: "]") { throw cursor.error(at: cursor.index, "a sample's array is empty") }
            let token = cursor.skipToken(stoppingAt: JSONArrayReader.isSeparator)
            if limit > 0, count == limit {
                throw cursor.error(at: token.lowerBound, "this sample has more than \(limit) value\(limit == 1 ? "" : "s"), the first (line \(firstLine)) has \(limit); every sample needs the same number of values")
            }
            values.append(try NumberToken.read(token, cursor: cursor, numbers: numbers))
            count += 1
        } while try separator()
        return count
    }

    /// Reads `,` (true: more follows) or `]` (false: the array ends).
    private mutating func separator() throws(ArrayTextError) -> Bool {
        cursor.skipWhitespace()
        switch cursor.peek {
        case UInt8(ascii: ","):
            cursor.index += 1
            return true
        case UInt8(ascii: "]"):
            cursor.index += 1
            return false
        case nil:
            throw cursor.error(at: cursor.index, "the text ends inside the array; ',' or ']' is expected")
        default:
            throw cursor.error(at: cursor.index, "',' or ']' is expected, not \(cursor.quote(cursor.index..<cursor.index + 1))")
        }
    }

    private mutating func expect(_ byte: UInt8, _ reason: String) throws(ArrayTextError) {
        guard cursor.peek == byte else {
            let found = cursor.atEnd ? "the end of the text" : cursor.quote(cursor.index..<cursor.index + 1)
            throw cursor.error(at: cursor.index, "\(reason), not \(found)")
        }
        cursor.index += 1
    }

    /// JSON's whitespace and punctuation end a number.
    static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "\n"):
            return true
        default:
            return TextCursor.isBlank(byte)
        }
    }
}
