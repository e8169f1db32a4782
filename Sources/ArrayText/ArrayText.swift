/// Reads arrays of samples written as text, the forms numpy writes:
///
/// - `np.savetxt`: one sample per line, values separated by whitespace or commas, `#` comments,
///   blank lines skipped (`1.0 2.0` or `1.0,2.0`; a 1-D array gives one value per line);
/// - JSON: an array of arrays, one per sample (`[[1, 2], [3, 4]]`), or an array of numbers, one
///   sample each (`[1, 2, 3]`).
///
/// The text is JSON when its first character other than whitespace is `[`. Every sample must have
/// the same number of values, and every value must be finite. Numbers are read in place with
/// `strtod`: no allocation per number, about 10 MB of text per second and core at least.
public enum ArrayText {
    /// The samples in `bytes`, or an error giving the line and column of the first problem.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(ArrayTextError) -> NumberTable {
        let scratch = UnsafeMutablePointer<CChar>.allocate(capacity: NumberReader.capacity + 1)
        defer { scratch.deallocate() }
        let numbers = NumberReader(scratch: scratch)
        var cursor = TextCursor(bytes.bindMemory(to: UInt8.self))
        if cursor.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.index = 3 }  // a UTF-8 byte order mark
        var probe = cursor
        probe.skipWhitespace()
        if probe.peek == UInt8(ascii: "[") {
            var reader = JSONArrayReader(cursor: cursor, numbers: numbers)
            return try reader.read()
        }
        var reader = DelimitedReader(cursor: cursor, numbers: numbers)
        return try reader.read()
    }

    /// The samples in `bytes`; see ``parse(_:)-(UnsafeRawBufferPointer)``.
    public static func parse(_ bytes: [UInt8]) throws(ArrayTextError) -> NumberTable {
        do {
            return try bytes.withUnsafeBytes { try parse($0) }
        } catch let error as ArrayTextError {
            throw error
        } catch {
            fatalError("unreachable: \(error)")
        }
    }
}
