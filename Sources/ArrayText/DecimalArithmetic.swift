/// The two kernels of ``DecimalFastPath``: eight digits read at once, and the double-double
/// product or quotient of 19-digit numbers with its rounding check.
extension DecimalFastPath {
    /// The value of the eight bytes at `index` when all are decimal digits.
    @inline(__always)
    static func eightDigits(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
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
    static func wide(_ digits: UInt64, _ exponent: Int) -> Double? {
        let high = Double(digits)  // rounded to nearest; digits < 10^19 < 2^64, so it converts back
        let low = Double(Int64(bitPattern: digits &- UInt64(high)))  // |low| <= 2^10: exact
        let power = powersOfTen[abs(exponent)]
        let head: Double, tail: Double
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
