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

    /// The value of the eight bytes at `index` when all are decimal digits.
    @inline(__always)
    private static func eightDigits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
        let high = word & 0xF0F0_F0F0_F0F0_F0F0
        guard high | (((word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) >> 4) == 0x3333_3333_3333_3333 else { return nil }
        var value = word &- 0x3030_3030_3030_3030
        value = value &* 10 &+ (value >> 8)
        value = ((value & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 << 32))
            &+ ((value >> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 << 32))) >> 32
        return value & 0xFFFF_FFFF
    }

    /// digits * 10^exponent for digits above 2^53, in double-double arithmetic, or nil when
    /// the error interval straddles a rounding boundary.
    private static func wide(_ digits: UInt64, _ exponent: Int) -> Double? {
        let high = Double(digits)  // rounded to nearest; digits < 10^19 < 2^64, so it converts back
        let low = Double(Int64(bitPattern: digits &- UInt64(high)))  // |low| <= 2^10: exact
        let power = powersOfTen[abs(exponent)]
        var head: Double, tail: Double
        if exponent >= 0 {
            head = high * power
            tail = (-head).addingProduct(high, power) + low * power  // high * power - head is exact (fma)
        } else {
            head = high / power
            let remainder = high.addingProduct(-head, power)  // high - head * power, exact
            tail = (remainder + low) / power
        }
        let bound = abs(head) * 0x1p-96
        let below = head + (tail - bound), above = head + (tail + bound)
        guard below == above, below.isNormal else { return nil }
        return below
    }
}
