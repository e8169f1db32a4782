/// Evenly spaced samples from `lower` to `upper`, both included (numpy's linspace).
public struct Sweep: Sendable, Hashable, Codable {
    /// The first sample.
    public var lower: Double
    /// The last sample.
    public var upper: Double
    /// How many samples, at least 2.
    public var count: Int

    /// A sweep of `count` samples over [lower, upper].
    public init(_ lower: Double, _ upper: Double, count: Int) {
        self.lower = lower
        self.upper = upper
        self.count = count
    }

    /// The distance between two samples.
    public var step: Double { (upper - lower) / Double(count - 1) }

    /// Sample i, computed as numpy does (lower + i * step), with the last one exactly `upper`.
    @inlinable
    public func x(_ i: Int) -> Double {
        i == count - 1 ? upper : lower + Double(i) * ((upper - lower) / Double(count - 1))
    }
}
