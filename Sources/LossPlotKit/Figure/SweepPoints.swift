import Platform
import LossFunctions
import Plotting

/// The inputs a figure is evaluated at: `count` samples from `lower` to `upper`, both included,
/// evenly spaced in the x axis's scale (numpy's linspace on a linear axis, logspace on a log one).
/// A range whose ends the scale cannot show (a log axis from 0) is spaced evenly in x instead, and
/// the scale masks the samples it cannot show.
struct SweepPoints: Sendable {
    let lower: Double
    let upper: Double
    let count: Int
    let scale: AxisScale
    private let linear: Sweep
    /// The ends in the scale's space, when the scale spaces the samples.
    private let spaced: (Double, Double)?

    init(_ lower: Double, _ upper: Double, count: Int, scale: AxisScale) {
        self.lower = lower
        self.upper = upper
        self.count = count
        self.scale = scale
        linear = Sweep(lower, upper, count: count)
        let a = scale.forward(lower), b = scale.forward(upper)
        if case .linear = scale {
            spaced = nil
        } else {
            spaced = a.isFinite && b.isFinite && a < b ? (a, b) : nil
        }
    }

    /// Sample i; the first and last are exactly `lower` and `upper`.
    @inline(__always)
    func x(_ i: Int) -> Double {
        guard let (a, b) = spaced else { return linear.x(i) }
        if i == 0 { return lower }
        if i == count - 1 { return upper }
        return scale.inverse(a + Double(i) * ((b - a) / Double(count - 1)))
    }

    /// The part of the sweep the scale shows: its first and last shown sample, or nil when none is.
    var shownWindow: ClosedRange<Double>? {
        // The shown samples are those between the scale's bounds, contiguous since x grows with i.
        let (low, high): (Double, Double) = switch scale {
        case .log: (0, .infinity)
        case .logit: (0, 1)
        case .linear, .symlog: (-.infinity, .infinity)
        }
        // The first sample above `low` and the last below `high`, by bisection.
        var a = -1, b = count - 1
        guard x(b) > low else { return nil }
        while b - a > 1 {
            let m = (a + b) / 2
            if x(m) > low { b = m } else { a = m }
        }
        let first = b
        var c = first, d = count
        guard x(c) < high else { return nil }
        while d - c > 1 {
            let m = (c + d) / 2
            if x(m) < high { c = m } else { d = m }
        }
        return x(first)...x(c)
    }
}
