/// Writes a float64 array as a NumPy `.npy` file (format 1.0): what `np.load` reads back with
/// its shape. Source: numpy/lib/format.py, the format's specification.
public enum NPYWriter {
    /// The file's bytes: the magic string, version 1.0, a header dictionary padded with spaces to a
    /// multiple of 64 bytes and ending in a line break, then the values little-endian, row-major.
    /// `values.count` must be the product of `shape` (an empty shape is a scalar).
    public static func bytes(shape: [Int], values: [Double]) -> [UInt8] {
        precondition(shape.reduce(1, *) == values.count, "the values must fill the shape")
        let dimensions = shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? "," : "")
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(dimensions)), }"
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0]
        let length = header.utf8.count
        out += [UInt8(length & 0xFF), UInt8(length >> 8)]
        out += Array(header.utf8)
        out.reserveCapacity(out.count + values.count * 8)
        for value in values {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }
}
