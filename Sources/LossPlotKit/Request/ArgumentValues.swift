import Platform
import LossFunctions
import Plotting

/// Parses the values of options: numbers, lists, ranges and sizes, with errors naming the flag.
public enum ArgumentValues {
    /// A number; `allowInfinity` admits "-inf" and "inf" (Barron's alpha).
    public static func number(_ text: String, flag: String, allowInfinity: Bool = false) throws -> Double {
        let trimmed = text.trimmingWhitespace()
        guard let value = decimal(trimmed) ?? (trimmed.lowercased() == "-inf" ? -.infinity : nil) else {
            throw InputError("\(flag): '\(text)' is not a number")
        }
        // A number written out that overflows (1e400) is not infinity typed as such: said as typed.
        if value.isInfinite, !trimmed.lowercased().hasSuffix("inf"), !trimmed.lowercased().hasSuffix("infinity") {
            throw InputError("\(flag): '\(text)' is beyond the largest number (about 1.8e308)")
        }
        // One that underflows (1e-400) is not the zero it reads as either.
        if value == 0, !trimmed.lowercased().hasPrefix("0x"),
           trimmed.split(whereSeparator: { $0 == "e" || $0 == "E" }).first?.contains(where: { ("1"..."9").contains($0) }) == true {
            throw InputError("\(flag): '\(text)' is below the smallest number (about 4.9e-324), and would read as 0")
        }
        guard value.isFinite || (allowInfinity && value.isInfinite) else {
            throw InputError("\(flag): '\(text)' is not allowed; a finite number is needed")
        }
        return value + 0
    }

    /// "a,b,c", or "lo:hi:n" for n values from lo to hi, evenly or (`geometric`) geometrically spaced.
    public static func list(_ text: String, flag: String, geometric: Bool = false, allowInfinity: Bool = false) throws -> [Double] {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3 {
            let lo = try number(parts[0], flag: flag), hi = try number(parts[1], flag: flag)
            guard (hi - lo).isFinite else {
                throw InputError("\(flag): '\(text)' is too wide; HI - LO must be a finite number")
            }
            guard let n = Int(parts[2].trimmingWhitespace()), n >= 1, n <= 1000 else {
                throw InputError("\(flag): '\(parts[2])' in '\(text)' is not a count of values from 1 to 1000")
            }
            if geometric {
                guard lo > 0, hi > 0 else {
                    throw InputError("\(flag): '\(text)' cannot be spaced geometrically; both ends must be > 0")
                }
            }
            guard n > 1 else { return [lo] }
            if geometric {
                // hi / lo may pass the largest double (1e-300:1e300): then go through logarithms.
                let ratio = hi / lo
                return (0..<n).map { i in
                    let t = Double(i) / Double(n - 1)
                    return i == n - 1 ? hi : ratio.isFinite ? lo * pow(ratio, t) : exp(log(lo) + t * (log(hi) - log(lo)))
                }
            }
            return (0..<n).map { i in
                let v = lo + (hi - lo) * Double(i) / Double(n - 1)
                return i == n - 1 ? hi : v.isFinite ? v : lo + (hi - lo) / Double(n - 1) * Double(i)
            }
        }
        guard parts.count == 1 else {
            throw InputError("\(flag): '\(text)' is neither a list a,b,c nor a sweep LO:HI:N")
        }
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        guard !text.isEmpty else { throw InputError("\(flag): the list is empty") }
        return try items.map { try number(String($0), flag: flag, allowInfinity: allowInfinity) }
    }

    /// A decimal number, all of the text: Swift's `Double(_:)` reads a C string, and would take
    /// "1\0junk", from a file, for 1.
    static func decimal<S: StringProtocol>(_ text: S) -> Double? {
        text.utf8.contains(0) ? nil : Double(text)
    }

    /// "LO:HI" with finite LO below HI.
    public static func interval(_ text: String, flag: String) throws -> [Double] {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { throw InputError("\(flag): '\(text)' is not of the form LO:HI") }
        let lo = try number(parts[0], flag: flag), hi = try number(parts[1], flag: flag)
        guard lo < hi else {
            throw InputError("\(flag): '\(text)' is empty or reversed; LO must be below HI")
        }
        guard (hi - lo).isFinite else {
            throw InputError("\(flag): '\(text)' is too wide; HI - LO must be a finite number")
        }
        guard hi - lo >= max(abs(lo), abs(hi)) * 1e-12 else {
            throw InputError("\(flag): '\(text)' is too narrow to draw; HI - LO must be at least a millionth of a millionth of |LO| and |HI|")
        }
        return [lo, hi]
    }

    /// "WxH" in pixels, each side from 1 to 16384.
    public static func size(_ text: String, flag: String) throws -> FigureSize {
        // "px" holds the separator's letter, so a side is a number and a unit, read from the left.
        let sides = text.lowercased().wholeMatch(of: /\s*([0-9.]+)\s*(px|in|cm|mm|pt)?\s*x\s*([0-9.]+)\s*(px|in|cm|mm|pt)?\s*/)
        guard let sides, let w = length(sides.1, sides.2), let h = length(sides.3, sides.4) else {
            throw InputError("\(flag): '\(text)' is not of the form WxH, e.g. 640x480, 3.5inx2.5in or 8.9cmx6cm (units px, in, cm, mm, pt)")
        }
        for side in [w, h] where side.unit == .px {
            guard side.value == side.value.rounded() else {
                throw InputError("\(flag): '\(text)' has a fraction of a pixel; give whole pixels or a unit (in, cm, mm, pt)")
            }
            guard (1...16384).contains(side.value) else {
                throw InputError("\(flag): '\(text)' is out of range; each side must be from 1 to 16384 pixels")
            }
        }
        for side in [w, h] where side.unit != .px {
            guard side.value > 0, side.value * (side.unit.inches ?? 0) <= 100 else {
                throw InputError("\(flag): '\(text)' is out of range; each side must be above 0 and at most 100 in (254 cm)")
            }
        }
        return FigureSize(width: w, height: h)
    }

    /// A side's number and optional unit (pixels when none).
    private static func length(_ number: Substring, _ unit: Substring?) -> FigureSize.Length? {
        guard let value = Double(number), value.isFinite else { return nil }
        return FigureSize.Length(value, unit.flatMap { FigureSize.Unit(rawValue: String($0)) } ?? .px)
    }

    /// "LO:HI" or "LO:HI:LABEL", a shaded x span; the label may hold colons of its own.
    public static func span(_ text: String) throws -> Span {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { throw InputError("--span: '\(text)' is not of the form LO:HI or LO:HI:LABEL") }
        let interval = try interval(parts[0] + ":" + parts[1], flag: "--span")
        return Span(lower: interval[0], upper: interval[1], label: parts.count == 3 && !parts[2].isEmpty ? parts[2] : nil)
    }
}
