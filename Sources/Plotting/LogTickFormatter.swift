import Foundation

/// Tick labels of log and symlog axes as matplotlib's LogFormatterSciNotation writes them (10⁻³,
/// −10², 2×10¹, 0), and of logit axes as its LogitFormatter does (10⁻², ½, 1−10⁻², 0.3).
enum LogTickFormatter {
    /// The coefficients labelled between powers of ten: all when the view spans at most 0.4 decades,
    /// 1, 2, 3, 4, 6 up to one decade, powers of ten only beyond (LogFormatter's minor_thresholds).
    static func sublabels(decades: Double) -> Set<Int> {
        if decades > 1 { return [1] }
        if decades > 0.4 { return [1, 2, 3, 4, 6, 10] }
        return Set(1...10)
    }

    /// How many decades the logarithmic parts of a view span (symlog counts outside ±linthresh only).
    static func decades(_ lower: Double, _ upper: Double, linthresh: Double?) -> Double {
        guard let t = linthresh else { return abs(log10(upper) - log10(lower)) }
        var n = 0.0
        if lower < -t { n += log10(lower / min(upper, -t)) }
        if upper > t { n += log10(upper / max(lower, t)) }
        return n
    }

    /// LogFormatterSciNotation's label of `x`, or "" where it leaves the tick unlabelled.
    static func label(_ x: Double, sublabels: Set<Int>) -> String {
        if x == 0 { return "0" }
        let sign = x < 0 ? "\u{2212}" : ""
        let fx = log10(abs(x))
        let isDecade = closeToInteger(fx)
        let exponent = isDecade ? fx.rounded(.toNearestOrEven) : fx.rounded(.down)
        let coefficient = pow(10, fx - exponent).rounded(.toNearestOrEven)
        guard sublabels.contains(Int(coefficient)) else { return "" }
        if isDecade { return sign + "10" + TickFormatter.superscript(Int(exponent)) }
        var c = pow(10, fx - exponent)
        if closeToInteger(c) { c = c.rounded(.toNearestOrEven) }
        return sign + String(format: "%g", c) + "×10" + TickFormatter.superscript(Int(exponent))
    }

    /// LogitFormatter's label of a major tick `x`, given every major tick `locs`.
    static func logitLabel(_ x: Double, locs: [Double]) -> String {
        guard x > 0, x < 1 else { return "" }
        if closeToInteger(2 * x), (2 * x).rounded() == 1 { return "½" }
        if x < 0.5, isDecade(x) { return "10" + TickFormatter.superscript(Int(log10(x).rounded())) }
        if x > 0.5, isDecade(1 - x) { return "1\u{2212}10" + TickFormatter.superscript(Int(log10(1 - x).rounded())) }
        if x < 0.1 { return value(x, locs: locs, scientific: true) }
        if x > 0.9 { return "1\u{2212}" + value(1 - x, locs: locs.map { 1 - $0 }, scientific: true) }
        return value(x, locs: locs, scientific: false)
    }

    /// LogitFormatter._format_value: enough decimals to tell `x` from its nearest neighbour.
    static func value(_ x: Double, locs: [Double], scientific: Bool) -> String {
        let exponent = scientific ? log10(x).rounded(.down) : 0
        let minimum = scientific ? 0 : 1
        let mantissa = x * pow(10, -exponent)
        var precision = minimum
        if locs.count >= 2 {
            let diff = locs.map { abs($0 - x) }.sorted()[1]
            let p = -log10(diff) + exponent
            precision = max(closeToInteger(p) ? Int(p.rounded(.toNearestOrEven)) : Int(p.rounded(.up)), minimum)
        }
        let digits = String(format: "%.*f", precision, mantissa)
        return scientific ? digits + "·10" + TickFormatter.superscript(Int(exponent)) : digits
    }

    /// Python's math.isclose(x, round(x)) with its default relative tolerance of 1e-9.
    static func closeToInteger(_ x: Double) -> Bool {
        let r = x.rounded(.toNearestOrEven)
        return abs(x - r) <= 1e-9 * max(abs(x), abs(r))
    }

    /// matplotlib's _is_decade(x, rtol=1e-7): numpy's isclose of log10 |x| and its rounding.
    static func isDecade(_ x: Double) -> Bool {
        let l = log10(abs(x)), r = l.rounded(.toNearestOrEven)
        return abs(l - r) <= 1e-8 + 1e-7 * abs(r)
    }
}
