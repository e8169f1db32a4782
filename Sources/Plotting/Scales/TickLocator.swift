import Platform

/// Places ticks at nice numbers (1, 2, 2.5, 5 x 10^k), as matplotlib's MaxNLocator does.
public struct TickLocator: Sendable {
    /// The most intervals between ticks.
    public let maxBins: Int
    /// The step multipliers tried, as MaxNLocator's `steps` (with the 0.1 and 20 around them).
    let steps: [Double]

    /// A locator of at most `maxBins` intervals, clamped to 1 through 9.
    public init(maxBins: Int) {
        self.maxBins = max(1, min(maxBins, 9))
        steps = Self.defaultSteps
    }

    /// A locator with other steps, as LogitLocator's [1, 2, 5, 10].
    init(maxBins: Int, steps: [Double]) {
        self.maxBins = max(1, min(maxBins, 9))
        self.steps = steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
    }

    /// How many bins an axis of `length` pixels holds for tick labels of `fontSize` pixels:
    /// matplotlib's `get_tick_space` (three label heights per bin across, two along a vertical axis).
    public static func bins(length: Double, fontSize: Double, vertical: Bool) -> Int {
        // The tolerance keeps an exact multiple (250 px: 6 bins) from losing a bin to the rounding of 100/72.
        Int((length / (fontSize * (vertical ? 2 : 3)) + 1e-9).rounded(.down))
    }

    private static let defaultSteps: [Double] = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20]

    /// The ticks inside [lower, upper], in increasing order.
    public func ticks(_ lower: Double, _ upper: Double) -> [Double] {
        guard lower.isFinite, upper.isFinite, upper > lower else { return [] }
        // A view wider than the largest double: nice numbers for a tenth of it are nice numbers too.
        if !(upper - lower).isFinite {
            return ticks(lower / 10, upper / 10).map { 10 * $0 }.filter { $0.isFinite && $0 >= lower && $0 <= upper }
        }
        let (scale, offset) = Self.scaleRange(lower, upper, bins: maxBins)
        let lo = lower - offset, hi = upper - offset
        let rawStep = (hi - lo) / Double(maxBins)
        let candidates = steps.map { $0 * scale }
        let start = candidates.firstIndex { $0 >= rawStep } ?? candidates.count - 1
        var best: [Double] = []
        // Like MaxNLocator, fall back to smaller steps, never larger ones, until two ticks fit.
        for step in candidates[...start].reversed() {
            let baseSteps = (lo / step).rounded(.down)
            let bestLower = baseSteps * step
            // Near the largest double a difference or a product may overflow where its quotient
            // would not: then divide first (and only then, to keep matplotlib's rounding elsewhere).
            func steps(_ v: Double) -> Double {
                let q = (v - bestLower) / step
                return q.isFinite ? q : v / step - baseSteps
            }
            let low = Self.floorEdge(steps(lo), offset: offset, step: step)
            let high = Self.ceilEdge(steps(hi), offset: offset, step: step)
            guard high >= low, high - low < 1000 else { continue }
            let ticks = (Int(low)...Int(high)).map { k in
                let t = Double(k) * step + bestLower
                return t.isFinite ? t : (Double(k) + baseSteps) * step
            }
            best = ticks
            if ticks.filter({ $0 >= lo && $0 <= hi }).count >= 2 { break }
        }
        let tolerance = (upper - lower) * 1e-10
        return best.map { $0 + offset + 0.0 }
            .map { abs($0) < tolerance ? 0 : $0 }
            .filter { $0 >= lower - tolerance && $0 <= upper + tolerance }
    }

    /// matplotlib's `scale_range`: the power of ten of a bin, and an offset for narrow ranges far from 0.
    static func scaleRange(_ lower: Double, _ upper: Double, bins: Int) -> (Double, Double) {
        let dv = abs(upper - lower)
        let mean = upper / 2 + lower / 2
        var offset = 0.0
        if abs(mean) / dv >= 100 {
            offset = copysign(pow(10, log10(abs(mean)).rounded(.down)), mean)
        }
        let scale = pow(10, log10(dv / Double(bins)).rounded(.down))
        return (scale, offset)
    }

    private static func tolerance(offset: Double, step: Double) -> Double {
        guard offset > 0 else { return 1e-10 }
        let digits = log10(offset / step)
        return min(0.4999, max(1e-10, pow(10, digits - 12)))
    }

    private static func floorEdge(_ x: Double, offset: Double, step: Double) -> Double {
        let d = x.rounded(.down), m = x - d
        return abs(m - 1) < tolerance(offset: offset, step: step) ? d + 1 : d
    }

    private static func ceilEdge(_ x: Double, offset: Double, step: Double) -> Double {
        let d = x.rounded(.down), m = x - d
        return abs(m) < tolerance(offset: offset, step: step) ? d : d + 1
    }
}
