/// A shaded x span of a figure, as matplotlib's axvspan: from `lower` to `upper`, with an optional label.
public struct SpanSpec: Codable, Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var label: String?

    public init(lower: Double, upper: Double, label: String? = nil) {
        self.lower = lower
        self.upper = upper
        self.label = label
    }
}
