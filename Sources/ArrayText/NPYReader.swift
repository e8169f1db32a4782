/// numpy's `.npy` format as `np.save` writes it (numpy/lib/format.py, format versions 1.0, 2.0 and
/// 3.0): the magic string, a version, a little-endian header length (2 bytes in 1.0, 4 in 2.0 and
/// 3.0), a Python dict literal `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`, then
/// the raw data. Reads booleans, signed and unsigned integers of 1 to 8 bytes and floats of 2, 4 and
/// 8 bytes, either byte order, C or Fortran order, into float64 values in row-major order.
enum NPYReader {
    /// A dtype numpy writes in `descr`: its kind (b, i, u, f), its size in bytes, its byte order.
    struct DType {
        let kind: Character
        let size: Int
        let bigEndian: Bool
    }

    static func read(_ bytes: [UInt8]) throws(ArrayReadError) -> NDArray {
        let result = bytes.withUnsafeBytes { raw in Result { () throws(ArrayReadError) in try read(raw) } }
        return try result.get()
    }

    /// The array of a whole `.npy` file in memory (a mapped file, or bytes read).
    static func read(_ bytes: UnsafeRawBufferPointer) throws(ArrayReadError) -> NDArray {
        guard bytes.count >= 10 else { throw ArrayReadError("a .npy file of \(bytes.count) bytes ends inside its preamble (10 bytes at least)") }
        let major = bytes[6]
        let headerLength: Int, headerStart: Int
        switch major {
        case 1:
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            headerStart = 10
        case 2, 3:
            guard bytes.count >= 12 else { throw ArrayReadError("a .npy file of version \(major).0 ends inside its header length") }
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            headerStart = 12
        default:
            throw ArrayReadError(".npy format version \(major).\(bytes[7]) is not one numpy writes (1.0, 2.0, 3.0)")
        }
        guard headerStart + headerLength <= bytes.count else {
            throw ArrayReadError("the .npy header says \(headerLength) bytes, and the file ends after \(bytes.count - headerStart)")
        }
        // The header numpy writes is ASCII (Latin-1 in 1.0 and 2.0, UTF-8 in 3.0, for field names).
        let header = String(decoding: bytes[headerStart..<headerStart + headerLength], as: UTF8.self)
        let descr = try field("descr", in: header)
        let dtype = try parseDType(descr)
        let fortran = try field("fortran_order", in: header)
        guard fortran == "True" || fortran == "False" else {
            throw ArrayReadError("the .npy header's fortran_order is \(fortran), not True or False")
        }
        let shape = try parseShape(try field("shape", in: header))
        let (count, overflow) = shape.reduce((1, false)) { partial, dimension in
            let product = partial.0.multipliedReportingOverflow(by: dimension)
            return (product.partialValue, partial.1 || product.overflow)
        }
        let dataStart = headerStart + headerLength
        let (byteCount, overflowBytes) = count.multipliedReportingOverflow(by: dtype.size)
        guard !overflow, !overflowBytes, byteCount <= bytes.count - dataStart else {
            throw ArrayReadError("the .npy data holds \(bytes.count - dataStart) bytes; its shape \(shapeText(shape)) of \(descr) needs \(overflow || overflowBytes ? "more than the file" : "\(byteCount)")")
        }
        // Every element is written by convert, so the storage is not zeroed first.
        var values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            convert(UnsafeRawBufferPointer(rebasing: bytes[dataStart..<dataStart + byteCount]), dtype, into: buffer)
            initialized = count
        }
        if fortran == "True", shape.count > 1 { values = rowMajor(values, shape: shape) }
        return NDArray(shape: shape, values: values)
    }

    /// The text of one key's value in the header dict: up to the next top-level comma or the closing brace.
    static func field(_ key: String, in header: String) throws(ArrayReadError) -> String {
        guard let keyRange = header.firstRange(of: "'\(key)'") ?? header.firstRange(of: "\"\(key)\""),
              let colon = header[keyRange.upperBound...].firstIndex(of: ":") else {
            let shown = trimmed(header).prefix(80).map { $0.isNewline ? " " : String($0) }.joined()
            throw ArrayReadError("the .npy header has no '\(key)': \(shown)")
        }
        var depth = 0, end = header.endIndex
        var index = header.index(after: colon)
        while index < header.endIndex {
            let c = header[index]
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth -= 1 }
            if depth < 0 || (depth == 0 && (c == "," || c == "}")) { end = index; break }
            index = header.index(after: index)
        }
        if depth > 0 { throw ArrayReadError("the .npy header's '\(key)' is not closed") }
        // A shape's closing parenthesis belongs to it.
        var value = trimmed(header[header.index(after: colon)..<end])
        if value.hasPrefix("("), !value.hasSuffix(")"), end < header.endIndex, header[end] == ")" { value += ")" }
        // An error quotes the value on its one line.
        return value.map { $0.isNewline ? " " : String($0) }.joined()
    }

    /// `'<f8'` and the like: a byte order, a kind and a size numpy writes for plain numbers.
    static func parseDType(_ text: String) throws(ArrayReadError) -> DType {
        let quoted = String(text.drop { $0 == "'" || $0 == "\"" }.reversed().drop { $0 == "'" || $0 == "\"" }.reversed())
        guard quoted.count >= 3, text.first == "'" || text.first == "\"" else {
            throw ArrayReadError("the .npy dtype \(text) is not a plain number type (a structured or object array)")
        }
        let order = quoted.first!, kind = quoted[quoted.index(after: quoted.startIndex)]
        guard let size = Int(quoted.dropFirst(2)), "<>|=".contains(order) else {
            throw ArrayReadError("the .npy dtype \(text) is not one loss-plot reads")
        }
        let supported: [Character: [Int]] = ["b": [1], "i": [1, 2, 4, 8], "u": [1, 2, 4, 8], "f": [2, 4, 8]]
        guard supported[kind]?.contains(size) == true else {
            throw ArrayReadError("the .npy dtype \(text) is not one loss-plot reads: booleans, integers (i1 to i8, u1 to u8) and floats (f2, f4, f8)")
        }
        return DType(kind: kind, size: size, bigEndian: order == ">")
    }

    /// `(2, 3)`, `(5,)` or `()`.
    static func parseShape(_ text: String) throws(ArrayReadError) -> [Int] {
        guard text.hasPrefix("("), text.hasSuffix(")") else { throw ArrayReadError("the .npy header's shape \(text) is not a tuple") }
        let inner = text.dropFirst().dropLast().split(separator: ",").map(trimmed).filter { !$0.isEmpty }
        var shape: [Int] = []
        for part in inner {
            guard let dimension = Int(part), dimension >= 0 else { throw ArrayReadError("the .npy header's shape \(text) has \(part), not a length") }
            shape.append(dimension)
        }
        guard shape.count <= 32 else { throw ArrayReadError("the .npy array has \(shape.count) dimensions; at most 32") }
        return shape
    }

    /// Text without the spaces, tabs and line breaks around it.
    static func trimmed(_ text: some StringProtocol) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(text.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }

    static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Each element as a Double: the dtype is matched once, then one loop of that type.
    static func convert(_ data: UnsafeRawBufferPointer, _ dtype: DType, into values: UnsafeMutableBufferPointer<Double>) {
        let swap = dtype.bigEndian == (1.littleEndian == 1)
        if dtype.kind == "f", dtype.size == 8, !swap {
            // float64 in this machine's order, as np.save writes it here: the bytes are the values.
            UnsafeMutableRawBufferPointer(values).copyMemory(from: UnsafeRawBufferPointer(rebasing: data[0..<values.count * 8]))
            return
        }
        func fill<T: FixedWidthInteger>(_: T.Type, _ transform: (T) -> Double) {
            for i in values.indices {
                let raw = data.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.size, as: T.self)
                (values.baseAddress! + i).initialize(to: transform(swap ? raw.byteSwapped : raw))
            }
        }
        switch (dtype.kind, dtype.size) {
        case ("b", _): fill(UInt8.self) { $0 == 0 ? 0 : 1 }
        case ("i", 1): fill(Int8.self) { Double($0) }
        case ("u", 1): fill(UInt8.self) { Double($0) }
        case ("i", 2): fill(Int16.self) { Double($0) }
        case ("u", 2): fill(UInt16.self) { Double($0) }
        case ("i", 4): fill(Int32.self) { Double($0) }
        case ("u", 4): fill(UInt32.self) { Double($0) }
        case ("i", 8): fill(Int64.self) { Double($0) }
        case ("u", 8): fill(UInt64.self) { Double($0) }
        case ("f", 2): fill(UInt16.self) { Double(Float16(bitPattern: $0)) }
        case ("f", 4): fill(UInt32.self) { Double(Float(bitPattern: $0)) }
        default: fill(UInt64.self) { Double(bitPattern: $0) }
        }
    }

    /// Fortran (column-major) values reordered to row-major for `shape`.
    static func rowMajor(_ values: [Double], shape: [Int]) -> [Double] {
        var result = [Double](repeating: 0, count: values.count)
        var strides = [Int](repeating: 1, count: shape.count)
        for axis in 1..<shape.count { strides[axis] = strides[axis - 1] * shape[axis - 1] }
        for index in result.indices {
            var rest = index, offset = 0
            for axis in (0..<shape.count).reversed() {
                offset += (rest % shape[axis]) * strides[axis]
                rest /= shape[axis]
            }
            result[index] = values[offset]
        }
        return result
    }
}
