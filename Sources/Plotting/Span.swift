/// A shaded vertical band over [lower, upper] in x, as matplotlib's `axvspan`, with an optional label.
public struct Span: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var label: String?

    public init(lower: Double, upper: Double, label: String? = nil) {
        self.lower = lower
        self.upper = upper
        self.label = label
    }
}
