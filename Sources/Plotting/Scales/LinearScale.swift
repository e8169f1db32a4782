/// Maps a data interval onto a pixel interval, linearly.
public struct LinearScale: Sendable, Hashable {
    /// The data interval, lower first; never of zero width.
    public let domain: ClosedRange<Double>
    /// The pixel coordinates the domain's lower and upper ends map to (may be decreasing).
    public let range: (Double, Double)
    /// A quarter of the domain's lower end and of its width: a domain as wide as the doubles
    /// allow (-1.7e308 to 1.7e308) has a width past the largest double, a quarter of it has not,
    /// and dividing by 4 is exact.
    @usableFromInline let quarterLower: Double
    @usableFromInline let pixelsPerQuarter: Double

    /// A scale; a zero-width or non-finite domain is widened as matplotlib's `nonsingular` does.
    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = LinearScale.nonsingular(domain)
        self.range = range
        quarterLower = self.domain.lowerBound / 4
        pixelsPerQuarter = (range.1 - range.0) / (self.domain.upperBound / 4 - quarterLower)
    }

    /// The pixel position of a data value; non-finite values stay non-finite.
    @inlinable
    public func callAsFunction(_ v: Double) -> Double {
        range.0 + (v / 4 - quarterLower) * pixelsPerQuarter
    }

    /// The data value at a pixel position.
    public func invert(_ p: Double) -> Double {
        4 * (quarterLower + (p - range.0) / pixelsPerQuarter)
    }

    /// Widens an empty interval: [v, v] becomes [v - 5% |v|, v + 5% |v|], or [-0.05, 0.05] around 0.
    public static func nonsingular(_ d: ClosedRange<Double>) -> ClosedRange<Double> {
        guard d.lowerBound.isFinite, d.upperBound.isFinite else { return -0.05...0.05 }
        let width = d.upperBound / 2 - d.lowerBound / 2
        let magnitude = max(abs(d.lowerBound), abs(d.upperBound))
        if width > magnitude * 0.5e-12 && width > 0.5e-300 { return d }
        if magnitude < 1e-300 { return -0.05...0.05 }
        let largest = Double.greatestFiniteMagnitude
        return max(d.lowerBound - 0.05 * abs(d.lowerBound), -largest)...min(d.upperBound + 0.05 * abs(d.upperBound), largest)
    }

    /// Whether both scales have the same domain and range.
    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    /// Hashes the domain's and the range's ends.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(domain.lowerBound)
        hasher.combine(domain.upperBound)
        hasher.combine(range.0)
        hasher.combine(range.1)
    }
}
