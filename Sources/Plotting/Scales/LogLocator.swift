import Platform

/// matplotlib's LogLocator (base 10) for an axis's majors (powers of ten) and minors (2..9 times
/// them): the decade stride that keeps at most `n_request` majors, with minors only when every
/// decade has a major, and MaxNLocator's ticks as minors on an axis narrower than one decade.
enum LogLocator {
    /// The majors and minors of a log axis over [lower, upper] (lower > 0), `tickSpace` as the axis's
    /// `get_tick_space`; both include ticks just outside the view, as matplotlib's do.
    static func ticks(_ lower: Double, _ upper: Double, tickSpace: Int) -> (major: [Double], minor: [Double]) {
        let request = min(max(tickSpace, 2), 9)
        let efmin = log10(lower), efmax = log10(upper)
        let emin = Int(efmin.rounded(.up)), emax = Int(efmax.rounded(.down))
        let available = emax - emin + 1
        let (stride, decades) = strideAndDecades(request: request, available: available, emin: emin, emax: emax,
                                                 efmin: efmin, efmax: efmax)
        let major = decades.map { pow(10, Double($0)) }
        var minor: [Double] = []
        if available < 10, stride == 1 || available <= 1 {
            for decade in (emin - 1)...emax {
                minor += (2...9).map { Double($0) * pow(10, Double(decade)) }
            }
        }
        if available < 10, stride == 1, decades.count - 2 + minor.filter({ $0 >= lower && $0 <= upper }).count <= 1 {
            // A fresh AutoLocator, not attached to the axis: nine bins.
            minor = TickLocator(maxBins: 9).ticks(lower, upper)
        }
        return (major, minor)
    }

    /// LogLocator.tick_values's stride and the decades of its majors (not in classic mode).
    static func strideAndDecades(request: Int, available: Int, emin: Int, emax: Int,
                                 efmin: Double, efmax: Double) -> (Int, [Int]) {
        var request = request
        var stride = available / (request + 1) + 1
        let possible = (available + stride - 1) / stride
        if possible <= request { request = possible }
        if request <= 0 {
            return (emax + 1 - (emin - 1), [emin - 1, emax + 1])
        }
        if request == 1 {
            let mid = Int(((efmin + efmax) / 2).rounded(.toNearestOrEven))
            stride = max(mid - (emin - 1), (emax + 1) - mid)
            return (stride, [mid - stride, mid, mid + stride])
        }
        stride = (available - 1) / (request - 1)
        if Double(stride) < Double(available) / Double(request) { stride = available / request }
        let low = max(available - stride * request, 0)
        let high = min(available - stride * (request - 1), stride)
        var offset = ((-emin) % stride + stride) % stride
        if !(low <= offset && offset < high) { offset = low }
        return (stride, Array(Swift.stride(from: emin + offset - stride, to: emax + stride + 1, by: stride)))
    }
}
