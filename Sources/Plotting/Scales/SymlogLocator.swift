import Platform

/// matplotlib's SymmetricalLogLocator (base 10, 15 ticks at most): 0 and the signed powers of ten
/// outside ±linthresh; a view inside the linear part gets its ends and 0. No minors, as matplotlib's
/// symlog scale draws none by default.
enum SymlogLocator {
    static func ticks(_ vmin: Double, _ vmax: Double, linthresh: Double) -> [Double] {
        if -linthresh <= vmin, vmin < vmax, vmax <= linthresh {
            return Array(Set([vmin, 0, vmax])).sorted()
        }
        let hasA = vmin < -linthresh, hasC = vmax > linthresh
        let hasB = (hasA && vmax > -linthresh) || (hasC && vmin < linthresh)
        // numpy's np.log(x) / np.log(10), with its rounding: log(1000) / log(10) is 2.9999999999999996.
        func logRange(_ lo: Double, _ hi: Double) -> (Double, Double) {
            ((Glibc.log(lo) / Glibc.log(10.0)).rounded(.down), (Glibc.log(hi) / Glibc.log(10.0)).rounded(.up))
        }
        var (aLo, aHi) = (0.0, 0.0), (cLo, cHi) = (0.0, 0.0)
        if hasA { (aLo, aHi) = logRange(abs(min(-linthresh, vmax)), abs(vmin) + 1) }
        if hasC { (cLo, cHi) = logRange(max(linthresh, vmin), vmax + 1) }
        var total = (aHi - aLo) + (cHi - cLo)
        if hasB { total += 1 }
        let stride = max((total / 14).rounded(.down), 1)
        var ticks: [Double] = []
        if hasA {
            ticks += Swift.stride(from: aLo, to: aHi, by: stride).reversed().map { -pow(10, $0) }
        }
        if hasB { ticks.append(0) }
        if hasC {
            ticks += Swift.stride(from: cLo, to: cHi, by: stride).map { pow(10, $0) }
        }
        return ticks
    }
}
