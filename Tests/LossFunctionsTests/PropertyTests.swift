import Foundation
import LossFunctions
import Testing

/// Every declared property of every loss, checked numerically over dense grids; a "no" must be
/// contradicted somewhere too, so a property declared false that holds fails as well.
@Suite("Declared properties hold numerically, and declared non-properties fail somewhere")
struct PropertyTests {
    @Test("convexity, Lipschitz constant, bound, smoothness, symmetry and calibration", arguments: CatalogCase.all)
    func declared(_ c: CatalogCase) {
        let curve = c.curve
        let p = c.loss.properties(c.parameters, c.target)
        let f = { (x: Double) in curve.value(at: x) }
        let d1 = { (x: Double) in curve.derivative(at: x) }
        let d2 = { (x: Double) in curve.secondDerivative(at: x) }
        let medium = Array(Set(c.small + c.medium)).sorted()

        // Convexity: the midpoint inequality on pairs at several spacings.
        let violation = Self.largestMidpointViolation(f, c.small) > 0 || Self.largestMidpointViolation(f, c.medium) > 0
        #expect(p.convex == !violation, "convex declared \(p.convex)")
        if p.convex {
            let bent = c.small.filter { d2($0) < -1e-9 * max(1, abs(f($0))) }
            #expect(bent.isEmpty, "a convex loss with a negative second derivative at \(bent.prefix(3))")
        }
        if p.strictlyConvex {
            #expect(p.convex)
            // f'' may vanish at an isolated point (|r|^3 at 0), not over an interval.
            let flat = c.small.filter { d2($0) <= 0 }
            #expect(flat.count <= 1, "strictly convex, yet f'' <= 0 at \(flat.prefix(3)) in the figure's range")
        } else if p.convex {
            #expect(Self.hasStraightPart(f, medium), "declared not strictly convex, yet no flat or straight part was found")
        }

        // Lipschitz: sup |f'| over every grid and the tails.
        let everywhere = medium + c.tails.flatMap { $0 }
        let slope = everywhere.map { abs(d1($0)) }.filter { !$0.isNaN }.max() ?? 0
        if let lipschitz = p.lipschitz {
            #expect(slope <= lipschitz * (1 + 1e-6) + 1e-12, "sup |f'| = \(slope) above the declared \(lipschitz)")
            #expect(slope >= lipschitz * (1 - 1e-3) - 1e-12, "sup |f'| = \(slope) never reaches the declared \(lipschitz)")
        } else {
            let near = c.small.map { abs(d1($0)) }.filter { !$0.isNaN }.max() ?? 0
            // A step (the zero-one loss) has no Lipschitz constant however flat its pieces are.
            // |f'| growing tenfold along a tail and still growing (p^-1/2 at 0) has no bound either.
            let steepening = c.tails.contains { t in
                let s = t.map { abs(d1($0)) }
                return s[3] >= 10 * s[1] && s[3] > s[2] && s[2] > s[1]
            }
            #expect(Self.hasJump(f, medium) || steepening || slope > 100 * (1 + near),
                    "no Lipschitz constant declared, yet f is continuous and |f'| stays below \(slope)")
        }

        // Bounded: sup f, and whether f keeps growing along a tail.
        let top = everywhere.map(f).filter { !$0.isNaN }.max() ?? 0
        let growing = c.tails.contains { t in
            let (a, b, c) = (f(t[0]), f(t[2]), f(t[3]))
            return c == .infinity || (c - b > 1e-9 && c - b >= 0.3 * (b - a))
        }
        if let bound = p.bounded {
            #expect(top <= bound * (1 + 1e-9) + 1e-12, "sup f = \(top) above the declared bound \(bound)")
            #expect(top >= bound * (1 - 1e-3) - 1e-12, "sup f = \(top) never reaches the declared bound \(bound)")
            #expect(!growing)
        } else {
            #expect(growing, "no bound declared, yet f levels off (sup \(top))")
        }

        // Differentiability: a jump in f or f' that stays as the interval shrinks.
        let kinkInValue = Self.hasJump(f, medium)
        let kinkInSlope = kinkInValue || Self.hasJump(d1, medium)
        #expect(p.differentiable == !kinkInSlope, "differentiable declared \(p.differentiable)")
        // An infinite f'' where f is finite (|r|^1.5 at 0) is no second derivative either.
        let infiniteCurvature = medium.contains { f($0).isFinite && d2($0).isInfinite }
        let kinkInCurvature = kinkInSlope || infiniteCurvature || Self.hasJump(d2, medium)
        #expect(p.twiceDifferentiable == !kinkInCurvature, "twice differentiable declared \(p.twiceDifferentiable)")

        if let symmetric = p.symmetric {
            let t = c.target.scalar
            let gap = c.small.map { abs(f(t + ($0 - t)) - f(t - ($0 - t))) / max(1, abs(f($0))) }.filter { !$0.isNaN }.max() ?? 0
            #expect(symmetric == (gap < 1e-12), "symmetric declared \(symmetric), largest gap \(gap)")
        }
        if let calibrated = p.classificationCalibrated {
            #expect(calibrated == Self.isCalibrated(c), "classification-calibrated declared \(calibrated)")
        }
    }

    /// The largest amount by which f((a + b)/2) exceeds (f(a) + f(b))/2 beyond rounding.
    static func largestMidpointViolation(_ f: (Double) -> Double, _ xs: [Double]) -> Double {
        guard xs.count > 2 else { return 0 }
        var worst = 0.0
        let values = xs.map(f)
        for gap in [2, 14, 100, 800, 4000] where gap < xs.count {
            for i in stride(from: 0, to: xs.count - gap, by: 1) where gap % 2 == 0 {
                let a = values[i], b = values[i + gap], m = f((xs[i] + xs[i + gap]) / 2)
                guard a.isFinite, b.isFinite, m.isFinite else { continue }
                let excess = m - (a + b) / 2
                if excess > 1e-9 * max(1, abs(a), abs(b)) { worst = max(worst, excess) }
            }
        }
        return worst
    }

    /// Whether the midpoint inequality holds with equality on some interval: a flat or straight part.
    static func hasStraightPart(_ f: (Double) -> Double, _ xs: [Double]) -> Bool {
        for i in stride(from: 0, to: xs.count - 20, by: 5) {
            let a = f(xs[i]), b = f(xs[i + 20]), m = f((xs[i] + xs[i + 20]) / 2)
            guard a.isFinite, b.isFinite, m.isFinite else { continue }
            if abs((a + b) / 2 - m) <= 1e-13 * max(1, abs(a), abs(b)) { return true }
        }
        return false
    }

    /// Whether g jumps somewhere on the grid: an outlier step between neighbours that does not
    /// shrink when the interval is bisected fifty times.
    static func hasJump(_ g: (Double) -> Double, _ xs: [Double]) -> Bool {
        let values = xs.map(g)
        let steps = (0..<(xs.count - 1)).map { abs(values[$0 + 1] - values[$0]) }
        for i in steps.indices {
            let s = steps[i]
            guard s.isFinite, s > 1e-9 * max(1, abs(values[i])) else { continue }
            // Two steps away, so that a jump split over the two steps around a grid point still stands out.
            let neighbours = max(i > 1 ? steps[i - 2] : 0, i + 2 < steps.count ? steps[i + 2] : 0)
            guard !(s <= 4 * neighbours) else { continue }
            var (a, b) = (xs[i], xs[i + 1])
            var jump = s
            for _ in 0..<50 {
                let m = (a + b) / 2
                guard m > a, m < b else { break }
                let (ga, gm, gb) = (g(a), g(m), g(b))
                if abs(gm - ga) >= abs(gb - gm) { b = m; jump = abs(gm - ga) } else { a = m; jump = abs(gb - gm) }
            }
            if jump > 0.25 * s { return true }
        }
        return false
    }

    /// Bartlett, Jordan and McAuliffe's definition: for every η != 1/2 the best score of the
    /// wrong sign costs strictly more than the best score overall.
    static func isCalibrated(_ c: CatalogCase) -> Bool {
        let positive = LossCurve(c.loss, parameters: c.parameters, target: .scalar(1))
        let alphas = (0...8000).map { -20 + 40 * Double($0) / 8000 }
        let psi = alphas.map { positive.value(at: $0) }
        for eta in stride(from: 0.05, through: 0.95, by: 0.1) where abs(eta - 0.5) > 1e-9 {
            var best = Double.infinity, wrong = Double.infinity
            for (i, a) in alphas.enumerated() {
                let cost = eta * psi[i] + (1 - eta) * psi[alphas.count - 1 - i]
                best = min(best, cost)
                if a * (2 * eta - 1) <= 0 { wrong = min(wrong, cost) }
            }
            if !(wrong - best > 1e-9) { return false }
        }
        return true
    }
}
