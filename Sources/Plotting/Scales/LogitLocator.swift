import Platform

/// matplotlib's LogitLocator: majors at 10^-k, 1/2 and 1 - 10^-k when the view holds at least two
/// of them (every few of them when there are more than the axis has room for), MaxNLocator's with
/// steps 1, 2, 5, 10 otherwise; minors at 2..9 times each decade on either side of 1/2.
enum LogitLocator {
    static func ticks(_ vmin: Double, _ vmax: Double, tickSpace: Int) -> (major: [Double], minor: [Double]) {
        let bins = max(tickSpace, 2)
        func ideal(_ b: Int) -> Double {
            b < 0 ? pow(10, Double(b)) : b > 0 ? 1 - pow(10, Double(-b)) : 0.5
        }
        let binf = vmin < 0.5 ? Int(log10(vmin).rounded(.down)) : vmin < 0.9 ? 0 : -Int(log10(1 - vmin).rounded(.up))
        let bsup = vmax <= 0.5 ? Int(log10(vmax).rounded(.up)) : vmax <= 0.9 ? 1 : -Int(log10(1 - vmax).rounded(.down))
        let ideals = bsup - binf - 1
        guard ideals >= 2 else {
            return (TickLocator(maxBins: bins, steps: [1, 2, 5, 10]).ticks(vmin, vmax), [])
        }
        if ideals > bins {
            let factor = (ideals + bins - 1) / bins
            let all = Array(binf...bsup)
            func multiple(_ b: Int) -> Bool { b % factor == 0 }
            return (all.filter(multiple).map(ideal), all.filter { !multiple($0) }.map(ideal))
        }
        var minor: [Double] = []
        for b in binf..<bsup {
            if b < -1 {
                minor += (2...9).map { Double($0) * pow(10, Double(b)) }
            } else if b == -1 {
                minor += (2...4).map { Double($0) / 10 }
            } else if b == 0 {
                minor += (6...8).map { Double($0) / 10 }
            } else {
                minor += (2...9).reversed().map { 1 - Double($0) * pow(10, Double(-b - 1)) }
            }
        }
        return ((binf...bsup).map(ideal), minor)
    }
}
