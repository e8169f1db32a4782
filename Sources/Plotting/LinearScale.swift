/// Maps a data interval onto a pixel interval, linearly.
public struct LinearScale: Sendable, Hashable {
    /// The data interval, lower first; never of zero width.
    public let domain: ClosedRange<Double>
    /// The pixel coordinates the domain's lower and upper ends map to (may be decreasing).
    public let range: (Double, Double)

    /// A scale; a zero-width or non-finite domain is widened as matplotlib's `nonsingular` does.
    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = LinearScale.nonsingular(domain)
        self.range = range
    }

    /// The pixel position of a data value; non-finite values stay non-finite.
    @inlinable
    public func callAsFunction(_ v: Double) -> Double {
        range.0 + (v - domain.lowerBound) / (domain.upperBound - domain.lowerBound) * (range.1 - range.0)
    }

    /// The data value at a pixel position.
    public func invert(_ p: Double) -> Double {
        domain.lowerBound + (p - range.0) / (range.1 - range.0) * (domain.upperBound - domain.lowerBound)
    }

    /// Widens an empty interval: [v, v] becomes [v - 5% |v|, v + 5% |v|], or [-0.05, 0.05] around 0.
    public static func nonsingular(_ d: ClosedRange<Double>) -> ClosedRange<Double> {
        guard d.lowerBound.isFinite, d.upperBound.isFinite else { return -0.05...0.05 }
        let width = d.upperBound - d.lowerBound
        let magnitude = max(abs(d.lowerBound), abs(d.upperBound))
        if width > magnitude * 1e-12 && width > 1e-300 { return d }
        if magnitude < 1e-300 { return -0.05...0.05 }
        return (d.lowerBound - 0.05 * abs(d.lowerBound))...(d.upperBound + 0.05 * abs(d.upperBound))
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(domain.lowerBound)
        hasher.combine(domain.upperBound)
        hasher.combine(range.0)
        hasher.combine(range.1)
    }
}
