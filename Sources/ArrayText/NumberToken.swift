/// Turns a token into a finite number, or an error at the token naming it.
enum NumberToken {
    static func read(_ token: Range<Int>, cursor: TextCursor, numbers: NumberReader) throws(ArrayTextError) -> Double {
        if token.count > NumberReader.capacity {
            throw cursor.error(at: token.lowerBound, "\(cursor.quote(token)) is longer than \(NumberReader.capacity) characters; it is not a number")
        }
        guard let value = numbers.value(cursor.bytes, token) else {
            if token.isEmpty {
                let found = cursor.atEnd ? "the end of the text" : cursor.quote(token.lowerBound..<token.lowerBound + 1)
                throw cursor.error(at: token.lowerBound, "a number is expected, not \(found)")
            }
            throw cursor.error(at: token.lowerBound, "\(cursor.quote(token)) is not a number")
        }
        guard value.isFinite else {
            throw cursor.error(at: token.lowerBound, "\(cursor.quote(token)) is not allowed; a finite number is needed")
        }
        return value
    }
}
