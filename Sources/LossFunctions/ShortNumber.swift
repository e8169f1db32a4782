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
