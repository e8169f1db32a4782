/// Reads the common decimal number without `strtod`: up to 19 significant digits and a power of
/// ten from 10^-22 to 10^22, which covers what `np.savetxt` writes (`%.18e`: 19 digits) for values
/// from about 1e-4 to 1e22.
///
/// The digits w (exact in a UInt64) are taken as a double-double and multiplied or divided by
/// 10^k, which is exact as a double for k <= 22 (Clinger's fast path, extended with error-free
/// transformations). The result is kept only when the whole error interval, a few units in the
/// 100th bit, rounds to one double; otherwise (about one number in 2^40) it returns nil and the
/// caller uses `strtod`, so the value is always the correctly rounded one.
enum DecimalFastPath {
    /// 10^0 ... 10^22, each exact.
    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { value, _ in value * 10 } }

    /// The value of `bytes[range]`, or nil when it is not of the simple form or is too close to call.
    static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var digits: UInt64 = 0
        var significant = 0  // digits taken into `digits`, leading zeros not counted
        var exponent = 0  // the power of ten `digits` is scaled by
        var sawDigit = false
        var sawPoint = false
        // Wrapping arithmetic: at most 19 digits (< 2^64) and 400 bytes (the longest token) are taken.
        while i < end {
            // Eight digits at once, past the leading zeros (fast_float's SWAR, Lemire 2021).
            if digits != 0, significant <= 11, end - i >= 8, let eight = eightDigits(bytes, at: i) {
                digits = digits &* 100_000_000 &+ eight
                significant &+= 8
                if sawPoint { exponent &-= 8 }
                i &+= 8
                continue
            }
            let digit = bytes[i] &- UInt8(ascii: "0")
            if digit < 10 {
                sawDigit = true
                if digits != 0 || digit != 0 {
                    guard significant < 19 else { return nil }
                    digits = digits &* 10 &+ UInt64(digit)
                    significant &+= 1
                }
                if sawPoint { exponent &-= 1 }
            } else if bytes[i] == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i &+= 1
        }
        guard sawDigit else { return nil }
        if i < end {
            guard bytes[i] | 0x20 == UInt8(ascii: "e") else { return nil }
            i += 1
            guard i < end else { return nil }
            let negativeExponent = bytes[i] == UInt8(ascii: "-")
            if negativeExponent || bytes[i] == UInt8(ascii: "+") { i += 1 }
            var written = 0
            var sawExponentDigit = false
            while i < end, bytes[i] &- UInt8(ascii: "0") < 10 {
                written = written &* 10 &+ Int(bytes[i] &- UInt8(ascii: "0"))
                guard written < 100_000 else { return nil }
                sawExponentDigit = true
                i &+= 1
            }
            guard sawExponentDigit, i == end else { return nil }
            exponent += negativeExponent ? -written : written
        }
        if digits == 0 { return negative ? -0.0 : 0.0 }
        // Trailing zeros of the digits move into the exponent, widening the exact range.
        while digits % 10 == 0, exponent < 0 {
            digits /= 10
            exponent += 1
        }
        guard exponent >= -22, exponent <= 22 else { return nil }
        let value: Double?
        if digits <= 1 << 53 {
            // Both exact: one correctly rounded operation.
            value = exponent >= 0 ? Double(digits) * powersOfTen[exponent] : Double(digits) / powersOfTen[-exponent]
        } else {
            value = wide(digits, exponent)
        }
        guard let value else { return nil }
        return negative ? -value : value
    }
}
