/// Reads the text `np.savetxt` writes: one sample per line, values separated by whitespace or by
/// commas (`1, 2` as well as `1 2`), `#` starting a comment, blank lines skipped. Every line that
/// holds values must hold as many as the first one.
struct DelimitedReader {
    var cursor: TextCursor
    let numbers: NumberReader

    mutating func read() throws(ArrayTextError) -> NumberTable {
        var values: [Double] = []
        values.reserveCapacity(min(cursor.bytes.count / 4, 1 << 20))
        var columns = 0
        var firstLine = 0
        while !cursor.atEnd {
            let count = try readLine(into: &values, columns: columns, firstLine: firstLine)
            if count > 0 {
                if columns == 0 {
                    (columns, firstLine) = (count, cursor.line)
                } else if count != columns {
                    throw cursor.error(at: cursor.index, "\(count) value\(count == 1 ? "" : "s") on this line, \(columns) on line \(firstLine); every sample needs the same number of values")
                }
            }
            while let byte = cursor.peek, byte != UInt8(ascii: "\n") { cursor.index += 1 }  // a comment
            if !cursor.atEnd { cursor.newLine() }
        }
        guard columns > 0 else {
            throw cursor.error(at: cursor.index, "no numbers found; write one sample per line, as np.savetxt does")
        }
        return NumberTable(values: values, columns: columns)
    }

    /// Reads the values of one line, stopping at its end or its comment; returns how many.
    private mutating func readLine(into values: inout [Double], columns: Int, firstLine: Int) throws(ArrayTextError) -> Int {
        var count = 0
        var afterComma = false
        while true {
            cursor.skipBlanks()
            guard let byte = cursor.peek, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "#") else {
                if afterComma { throw cursor.error(at: cursor.index, "a value is missing after ','") }
                return count
            }
            if byte == UInt8(ascii: ",") {
                if count == 0 || afterComma { throw cursor.error(at: cursor.index, "a value is missing before ','") }
                afterComma = true
                cursor.index += 1
                continue
            }
            let token = cursor.skipToken(stoppingAt: DelimitedReader.isSeparator)
            if columns > 0, count == columns {
                throw cursor.error(at: token.lowerBound, "more than \(columns) value\(columns == 1 ? "" : "s") on this line, \(columns) on line \(firstLine); every sample needs the same number of values")
            }
            values.append(try NumberToken.read(token, cursor: cursor, numbers: numbers))
            count += 1
            afterComma = false
        }
    }

    /// Whitespace, line ends, commas and the comment sign end a value.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") || TextCursor.isBlank(byte)
    }
}
