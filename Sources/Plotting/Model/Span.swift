/// A shaded vertical band over [lower, upper] in x, as matplotlib's `axvspan`, with an optional label.
public struct Span: Sendable, Hashable, Codable {
    /// The band's left end, in x data units.
    public var lower: Double
    /// The band's right end, in x data units.
    public var upper: Double
    /// The band's legend entry; nil for none.
    public var label: String?

    /// A band over [lower, upper] in x data units, with an optional legend label.
    public init(lower: Double, upper: Double, label: String? = nil) {
        self.lower = lower
        self.upper = upper
        self.label = label
    }
}
