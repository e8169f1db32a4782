/// An array of any rank as numpy holds it: a shape and its values in row-major (C) order.
public struct NDArray: Sendable, Equatable {
    /// The dimensions, outermost first: [] for a scalar, [n] for a vector, [n, h, w] for a batch of images.
    public let shape: [Int]
    /// The values in row-major order; as many as the product of `shape`.
    public let values: [Double]

    /// An array of `shape`; `values.count` must be the product of its dimensions.
    public init(shape: [Int], values: [Double]) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) for \(values.count) values")
        self.shape = shape
        self.values = values
    }

    /// The shape as Python prints numpy's: `(2, 3, 4)`, `(5,)`, `()`.
    public var shapeDescription: String { NPYReader.shapeText(shape) }
}

/// Why a file could not be read as an array: the problem in one line, with where it is when the
/// text has lines (JSON) or the byte offset in a binary `.npy` file.
public struct ArrayReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problem, as a user would fix it.
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension ArrayText {
    /// The magic string of numpy's `.npy` format.
    static let npyMagic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]

    /// An array of any rank in `bytes`: a `.npy` file as `np.save` writes it (detected by its magic
    /// string, not its name), a JSON array nested to any depth (`[[[1, 2], [3, 4]]]`, rectangular), or
    /// the text forms of ``parse(_:)-(UnsafeRawBufferPointer)`` (a table of one column is 1-D, as
    /// `np.loadtxt` reads it).
    ///
    /// - Throws: ``ArrayReadError`` naming the problem: for text, the line and the column; for
    ///   `.npy`, the header field or the byte count.
    public static func parseArray(_ bytes: UnsafeRawBufferPointer) throws(ArrayReadError) -> NDArray {
        // A .npy file is read in place (a mapped file is never copied whole); text is parsed from bytes.
        if bytes.starts(with: npyMagic) { return try NPYReader.read(bytes) }
        return try parseArray(Array(bytes))
    }

    /// ``parseArray(_:)-(UnsafeRawBufferPointer)`` of bytes in an array.
    public static func parseArray(_ bytes: [UInt8]) throws(ArrayReadError) -> NDArray {
        if bytes.starts(with: npyMagic) { return try NPYReader.read(bytes) }
        let firstSignificant = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first
        do {
            if firstSignificant == UInt8(ascii: "[") {
                return try bytes.withUnsafeBytes { raw throws(ArrayTextError) in
                    var cursor = TextCursor(raw.bindMemory(to: UInt8.self))
                    if cursor.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.index = 3 }
                    let scratch = UnsafeMutablePointer<CChar>.allocate(capacity: NumberReader.capacity + 1)
                    defer { scratch.deallocate() }
                    var reader = JSONNestedReader(cursor: cursor, numbers: NumberReader(scratch: scratch))
                    return try reader.read()
                }
            }
            let table = try parse(bytes)
            return NDArray(shape: table.columns == 1 ? [table.rows] : [table.rows, table.columns], values: table.values)
        } catch let error as ArrayTextError {
            throw ArrayReadError(error.description)
        } catch {
            throw ArrayReadError("\(error)")
        }
    }
}

/// A JSON array nested to any depth, every level rectangular: each depth's length is that of its
/// first array, numbers sit at one depth, and any other length or depth is an error at its line and column.
struct JSONNestedReader {
    var cursor: TextCursor
    let numbers: NumberReader
    /// The length of each depth's arrays, once its first array has closed.
    private var lengths: [Int?] = []
    /// The depth of the numbers, once the first is read.
    private var numberDepth: Int?
    private var values: [Double] = []

    init(cursor: TextCursor, numbers: NumberReader) {
        self.cursor = cursor
        self.numbers = numbers
    }

    mutating func read() throws(ArrayTextError) -> NDArray {
        values.reserveCapacity(min(cursor.bytes.count / 4, 1 << 20))
        cursor.skipWhitespace()
        let start = cursor.index
        try element(depth: 0)
        cursor.skipWhitespace()
        if !cursor.atEnd { throw cursor.error(at: cursor.index, "\(cursor.quote(cursor.index..<cursor.index + 1)) after the end of the array") }
        let shape = lengths.prefix(numberDepth ?? 0).map { $0 ?? 0 }
        if shape.first == 0 || values.isEmpty { throw cursor.error(at: start, "the array is empty; give at least one sample") }
        return NDArray(shape: shape, values: values)
    }

    /// One element at `depth`: an array (a level of the shape) or a number (the innermost level).
    private mutating func element(depth: Int) throws(ArrayTextError) {
        guard cursor.peek == UInt8(ascii: "[") else {
            if let numberDepth, numberDepth != depth {
                throw cursor.error(at: cursor.index, "a number at depth \(depth), where the first number was at depth \(numberDepth); every level must be as deep")
            }
            numberDepth = depth
            let token = cursor.skipToken(stoppingAt: JSONArrayReader.isSeparator)
            if token.isEmpty {
                let found = cursor.atEnd ? "the end of the text" : cursor.quote(cursor.index..<cursor.index + 1)
                throw cursor.error(at: cursor.index, "a number or '[' is expected, not \(found)")
            }
            values.append(try NumberToken.read(token, cursor: cursor, numbers: numbers))
            return
        }
        if let numberDepth, depth >= numberDepth {
            throw cursor.error(at: cursor.index, "an array at depth \(depth), where the first number was at depth \(numberDepth); every level must be as deep")
        }
        if depth >= 32 { throw cursor.error(at: cursor.index, "more than 32 levels of arrays") }
        let open = cursor.index
        cursor.index += 1
        cursor.skipWhitespace()
        var count = 0
        if cursor.peek == UInt8(ascii: "]") {
            cursor.index += 1
        } else {
            reading: while true {
                cursor.skipWhitespace()
                try element(depth: depth + 1)
                count += 1
                cursor.skipWhitespace()
                switch cursor.peek {
                case UInt8(ascii: ","): cursor.index += 1
                case UInt8(ascii: "]"): cursor.index += 1; break reading
                case nil: throw cursor.error(at: cursor.index, "the text ends inside the array; ',' or ']' is expected")
                default: throw cursor.error(at: cursor.index, "',' or ']' is expected, not \(cursor.quote(cursor.index..<cursor.index + 1))")
                }
            }
        }
        while lengths.count <= depth { lengths.append(nil) }
        if let length = lengths[depth] {
            guard length == count else {
                throw cursor.error(at: open, "this array has \(count) element\(count == 1 ? "" : "s"), the first at its depth has \(length); every level must be rectangular")
            }
        } else {
            lengths[depth] = count
            if count == 0, numberDepth == nil { numberDepth = depth + 1 }
        }
    }
}
