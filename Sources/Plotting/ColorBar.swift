/// A colour bar: a colour map over a parameter's range, with a label.
public struct ColorBar: Sendable {
    public var label: String
    public var range: ClosedRange<Double>
    public var colorMap: ColorMap
    /// Whether the parameter was spaced geometrically (the bar is then logarithmic).
    public var logarithmic: Bool

    public init(label: String, range: ClosedRange<Double>, colorMap: ColorMap = .viridis, logarithmic: Bool = false) {
        self.label = label
        self.range = range
        self.colorMap = colorMap
        self.logarithmic = logarithmic
    }

    /// The bar's axis: logarithmic (matplotlib's LogNorm colour bar) for a geometric range above 0.
    public var scale: AxisScale {
        logarithmic && range.lowerBound > 0 ? .log : .linear
    }
}
