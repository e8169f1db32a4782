import Platform

/// Numbers as people write them in labels and as `eval` prints them: the shortest form that
/// reads back as the same double ("0.25", "1", "1e-07").
public enum ShortNumber {
    /// `1` for 1.0, `0.25` for 0.25, `nan`, `inf`, `-inf`.
    public static func format(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }
}

extension ShortNumber {
    /// The shortest decimal that reads back as the same double, as `eval` prints it; a loss of -0
    /// (a product with a zero weight) is written 0.
    public static func shortest(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return "\(v + 0)"
    }
}

extension ShortNumber {
    /// A number in a label: the shortest form, with a true minus sign and ∞ for infinity.
    public static func label(_ v: Double) -> String {
        if v.isInfinite { return v < 0 ? "\u{2212}∞" : "∞" }
        return format(v).replacing("-", with: "\u{2212}")
    }
}

extension ShortNumber {
    /// Numbers in a legend, one per value of a parameter: each as written when it is short (at
    /// most 6 significant digits: 1.345, 4.685), else rounded to the fewest significant digits, at
    /// least 4, that still tell it from every other value (a sweep's 0.30526315789473685 reads
    /// 0.3053, 1.5000000000000002 reads 1.5). Each number of digits formats every value once, so
    /// 1,000 values cost 14,000 roundings, not a million.
    public static func labels(_ values: [Double]) -> [String] {
        var result = values.map { !$0.isFinite || significantDigits(format($0)) <= 6 ? label($0) : nil }
        for digits in 4...17 where result.contains(nil) {
            let rounded = values.map { $0.isFinite ? Double(String(printf: "%.*g", Int32(digits), $0))! : $0 }
            // How many different values round to each number.
            var owners: [Double: Set<Double>] = [:]
            for (value, r) in zip(values, rounded) { owners[r, default: []].insert(value) }
            for i in values.indices where result[i] == nil && owners[rounded[i]]!.count == 1 {
                result[i] = label(rounded[i])
            }
        }
        return zip(values, result).map { $1 ?? label($0) }
    }

    /// The significant digits of a number's text: 3 for "0.00125", 4 for "4.685".
    static func significantDigits(_ text: String) -> Int {
        let mantissa = text.split(separator: "e").first.map(String.init) ?? text
        let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
        // Trailing zeros of a whole number ("100") are not significant; of a decimal they do not occur.
        return mantissa.contains(".") ? digits.count : digits.reversed().drop { $0 == "0" }.count
    }
}
