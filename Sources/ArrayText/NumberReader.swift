#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one number token: most through ``DecimalFastPath``, the rest with `strtod` from a
/// NUL-terminated copy of the token, so no token allocates.
///
/// The grammar is a decimal number with an optional exponent (`-1.5e-3`, `.5`, `7`) or `nan`,
/// `inf`, `infinity` in any case; hexadecimal floats, which numpy never writes, are refused.
/// The C library's locale is never set by loss-plot, so the decimal point is always `.`.
struct NumberReader {
    /// The longest token read, in bytes.
    static let capacity = 400

    private let scratch: UnsafeMutablePointer<CChar>

    /// A reader whose buffer lives in `scratch` (at least `capacity + 1` bytes).
    init(scratch: UnsafeMutablePointer<CChar>) {
        self.scratch = scratch
    }

    /// The value of `bytes[range]`, or nil when the whole token is not a number.
    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        if let value = DecimalFastPath.value(bytes, range) { return value }
        let count = range.count
        guard count > 0, count <= NumberReader.capacity else { return nil }
        var k = 0
        for index in range {
            let byte = bytes[index]
            guard NumberReader.mayAppear(byte) else { return nil }
            scratch[k] = CChar(bitPattern: byte)
            k += 1
        }
        scratch[count] = 0
        var end: UnsafeMutablePointer<CChar>? = nil
        let value = strtod(scratch, &end)
        return end == scratch + count ? value : nil
    }

    /// Digits, signs, the point, exponent marks and the letters of nan, inf and infinity.
    static func mayAppear(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        case UInt8(ascii: "e"), UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "f"), UInt8(ascii: "t"), UInt8(ascii: "y"),
             UInt8(ascii: "E"), UInt8(ascii: "N"), UInt8(ascii: "A"), UInt8(ascii: "I"), UInt8(ascii: "F"), UInt8(ascii: "T"), UInt8(ascii: "Y"):
            return true
        default:
            return false
        }
    }
}
