/// A colour bar beside the panels: which parameter the curves' colours stand for.
public struct ColorBarSpec: Codable, Sendable, Equatable {
    public var label: String
    /// The parameter's smallest and largest value.
    public var range: [Double]
    /// Whether the values were spaced geometrically.
    public var logarithmic: Bool?

    public init(label: String, range: [Double], logarithmic: Bool? = nil) {
        self.label = label
        self.range = range
        self.logarithmic = logarithmic
    }
}
