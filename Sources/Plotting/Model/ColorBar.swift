/// A colour bar: a colour map over a parameter's range, with a label.
public struct ColorBar: Sendable {
    /// The parameter's name, drawn beside the bar.
    public var label: String
    /// The parameter's values at the bar's bottom and top, in the parameter's units.
    public var range: ClosedRange<Double>
    /// The colours from the bottom (`range.lowerBound`) to the top.
    public var colorMap: ColorMap
    /// Whether the parameter was spaced geometrically (the bar is then logarithmic).
    public var logarithmic: Bool

    /// A bar over `range` (in the parameter's units; logarithmic needs both ends > 0), viridis unless given.
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
