/// Numbers for text meant for people: integers without ".0", others in Swift's shortest form.
public enum ShortFormat {
    /// `1` for 1.0, `0.25` for 0.25, `-inf` for -infinity.
    public static func number(_ v: Double) -> String {
        if v == .infinity { return "inf" }
        if v == -.infinity { return "-inf" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }
}
