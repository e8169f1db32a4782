import Platform

/// Tick labels of log and symlog axes as matplotlib's LogFormatterSciNotation writes them (10⁻³,
/// −10², 2×10¹, 0), and of logit axes as its LogitFormatter does (10⁻², ½, 1−10⁻², 0.3).
enum LogTickFormatter {
    /// The coefficients labelled between powers of ten (LogFormatter.set_locs, minor_thresholds
    /// (1, 0.4)): powers of ten only when the view holds more than one, else 1, 2, 3, 4, 6 when it
    /// spans over 0.4 decades, else all.
    static func sublabels(_ lower: Double, _ upper: Double, linthresh: Double?) -> Set<Int> {
        // Python's math.log(x, 10): log(x) / log(10), with its rounding.
        func log(_ x: Double) -> Double { Glibc.log(x) / Glibc.log(10.0) }
        func powers(_ lo: Double, _ hi: Double) -> Double {
            log(hi).rounded(.down) - log(lo).nextDown.rounded(.down)
        }
        var decades = 0.0, count = 0.0
        if let t = linthresh {
            if lower < -t {
                let rhs = min(upper, -t)
                // As matplotlib counts it, from the end nearer zero (a negative count, there).
                count += log(abs(rhs)).rounded(.down) - log(abs(lower)).nextDown.rounded(.down)
                decades += log(lower / rhs)
            }
            if upper > t {
                let lhs = max(lower, t)
                count += powers(lhs, upper)
                decades += log(upper / lhs)
            }
        } else {
            count = powers(lower, upper)
            decades = abs(log(upper) - log(lower))
        }
        if count > 1 { return [1] }
        if decades > 0.4 { return [1, 2, 3, 4, 6, 10] }
        return Set(1...10)
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
        return sign + String(printf: "%g", c) + "×10" + TickFormatter.superscript(Int(exponent))
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

    /// LogitFormatter's minor labels: none when every minor is a decade, 1 - decade or 1/2, or when
    /// there are 25 or more; all of them under 6; else the 6 with the most room around them.
    static func logitMinorLabels(_ locs: [Double]) -> [String] {
        let plain = locs.allSatisfy { isDecade($0) || isDecade(1 - $0) || (closeToInteger(2 * $0) && (2 * $0).rounded() == 1) }
        guard !plain, locs.count < 25 else { return locs.map { _ in "" } }
        var labelled = Set(locs.indices)
        if locs.count >= 6 {
            let u = locs.map { -Glibc.log(1 / $0 - 1) }
            let diff = zip(u.dropFirst(), u).map { $0 - $1 }
            let pessimistic = locs.indices.map { i in min(i > 0 ? diff[i - 1] : .infinity, i < diff.count ? diff[i] : .infinity) }
            let sum = locs.indices.map { i in (i > 0 ? diff[i - 1] : 0) + (i < diff.count ? diff[i] : 0) }
            let order = locs.indices.sorted { a, b in
                (pessimistic[a], sum[a], a) < (pessimistic[b], sum[b], b)
            }
            labelled = Set(order.suffix(6))
        }
        return locs.indices.map { labelled.contains($0) ? logitLabel(locs[$0], locs: locs) : "" }
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
        let digits = String(printf: "%.*f", precision, mantissa)
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
