import Platform

/// Tick labels as matplotlib's ScalarFormatter writes them: one number of decimals for all
/// ticks of an axis, a true minus sign, no "-0", and an offset or a power of ten when the
/// range calls for it.
public struct TickFormatter: Sendable, Hashable {
    /// The labels, one per tick.
    public let labels: [String]
    /// Text shown at the axis's end when an offset or power of ten was factored out ("", "×10⁶", "+1000").
    public let offsetText: String

    /// Formats the ticks of an axis whose view is [lower, upper].
    public init(ticks: [Double], lower: Double, upper: Double) {
        guard !ticks.isEmpty else {
            labels = []
            offsetText = ""
            return
        }
        let (offset, offsetExponent) = Self.offset(ticks)
        let magnitude = Self.orderOfMagnitude(ticks, offset: offset, lower: lower, upper: upper)
        let scaled = ticks.map { ($0 - offset) / pow(10, Double(magnitude)) }
        let decimals = Self.decimals(scaled)
        labels = scaled.map { Self.format($0, decimals: decimals) }
        var text = ""
        if magnitude != 0 { text = "×10" + Self.superscript(magnitude) }
        if offset != 0 {
            // Every digit of the offset, down to the power of ten it was cut at: 1017.9, not 1018.
            var offsetLabel = Self.format(offset, decimals: max(0, -offsetExponent))
            if offsetLabel.contains(".") {
                while offsetLabel.hasSuffix("0") { offsetLabel.removeLast() }
                if offsetLabel.hasSuffix(".") { offsetLabel.removeLast() }
            }
            text += (offset > 0 ? "+" : "") + offsetLabel
        }
        offsetText = text
    }

    /// matplotlib's `_compute_offset` with offset_threshold 4: only for ranges narrow against their
    /// magnitude. Returns the offset and the power of ten its last digit stands for.
    static func offset(_ ticks: [Double]) -> (value: Double, exponent: Int) {
        guard let lo = ticks.min(), let hi = ticks.max(), lo != hi, !(lo <= 0 && 0 <= hi) else { return (0, 0) }
        let absMin = min(abs(lo), abs(hi)), absMax = max(abs(lo), abs(hi))
        let sign: Double = lo < 0 ? -1 : 1
        func digits(_ v: Double, _ oom: Double) -> Double { floorDivide(v, pow(10, oom)) }
        let oomMax = log10(absMax).rounded(.up)
        // The smallest power of ten at which the ends agree.
        var oom = oomMax
        while oom > -300, digits(absMin, oom) == digits(absMax, oom) { oom -= 1 }
        oom += 1
        if (absMax - absMin) / pow(10, oom) <= 1e-2 {
            // The ends straddle a multiple of a large power of ten: the smallest power at which
            // they are no more than 1 apart.
            oom = oomMax
            while oom > -300, digits(absMax, oom) - digits(absMin, oom) <= 1 { oom -= 1 }
            oom += 1
        }
        let lead = digits(absMax, oom)
        return lead >= 1000 ? (sign * lead * pow(10, oom), Int(oom)) : (0, 0)
    }

    /// Python's `a // b` on floats (numpy's `npy_divmod`), which matplotlib's offset relies on:
    /// exact, where floor(a / b) rounds the quotient first (1018.0 // 0.1 is 10179, not 10180).
    static func floorDivide(_ a: Double, _ b: Double) -> Double {
        let mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0, (b < 0) != (mod < 0) { div -= 1 }
        guard div != 0 else { return copysign(0, a / b) }
        var floored = div.rounded(.down)
        if div - floored > 0.5 { floored += 1 }
        return floored
    }

    /// The power of ten factored out: outside 10^-5 ... 10^6 (matplotlib's power limits).
    static func orderOfMagnitude(_ ticks: [Double], offset: Double, lower: Double, upper: Double) -> Int {
        let value: Double
        if offset != 0 {
            value = upper - lower
        } else {
            value = ticks.map(abs).filter { $0 > 0 }.max() ?? 0
        }
        guard value > 0 else { return 0 }
        let oom = Int(log10(value).rounded(.down))
        return (oom <= -5 || oom >= 6) ? oom : 0
    }

    /// The fewest decimals that tell every tick apart (matplotlib's `_set_format`).
    static func decimals(_ locs: [Double]) -> Int {
        // Halved, so ticks from -1e308 to 1e308 do not overflow.
        var halfRange = (locs.max() ?? 0) / 2 - (locs.min() ?? 0) / 2
        if halfRange == 0 { halfRange = (locs.map(abs).max() ?? 1) / 2 }
        if halfRange == 0 || !halfRange.isFinite { halfRange = 0.5 }
        let range = 2 * halfRange
        let rangeOom = Int((range.isFinite ? log10(range) : log10(halfRange) + log10(2.0)).rounded(.down))
        var sigfigs = max(0, 3 - rangeOom)
        let threshold = 1e-3 * pow(10, Double(rangeOom))
        while sigfigs >= 0 {
            let p = pow(10, Double(sigfigs))
            let err = locs.map { abs($0 - ($0 * p).rounded() / p) }.max() ?? 0
            if err < threshold { sigfigs -= 1 } else { break }
        }
        return sigfigs + 1
    }

    /// A number with fixed decimals, a true minus sign and no negative zero.
    public static func format(_ v: Double, decimals: Int) -> String {
        let digits = fixedDigits(v, decimals: decimals) ?? String(printf: "%.\(decimals)f", abs(v))
        let isZero = digits.allSatisfy { $0 == "0" || $0 == "." }
        return (v < 0 && !isZero ? "\u{2212}" : "") + digits
    }

    /// |v| with fixed decimals, computed with integers when v is within a millionth of a unit
    /// of the last decimal from a representable number (every tick is); nil otherwise, where
    /// printf's exact rounding is needed.
    static func fixedDigits(_ v: Double, decimals: Int) -> String? {
        guard decimals >= 0, decimals <= 15 else { return nil }
        var power = 1.0
        for _ in 0..<decimals { power *= 10 }
        let scaled = abs(v) * power
        guard scaled < 1e15 else { return nil }
        let rounded = scaled.rounded()
        guard abs(scaled - rounded) < 1e-6 else { return nil }
        let n = Int64(rounded)
        guard decimals > 0 else { return String(n) }
        var fraction = String(n % Int64(power))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        return String(n / Int64(power)) + "." + fraction
    }

    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(n)).map { digits[Int(String($0))!] }
        return (n < 0 ? "⁻" : "") + String(body)
    }
}
