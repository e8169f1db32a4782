/// One curve: its samples, label and look. A non-finite y breaks the line there.
public struct Series: Sendable {
    public var label: String
    public var xs: [Double]
    public var ys: [Double]
    public var color: Color
    public var lineStyle: LineStyle
    /// The line width in points (matplotlib's default is 1.5).
    public var width: Double

    public init(label: String, xs: [Double], ys: [Double], color: Color, lineStyle: LineStyle = .solid, width: Double = 1.5) {
        precondition(xs.count == ys.count, "a series needs as many x as y values")
        self.label = label
        self.xs = xs
        self.ys = ys
        self.color = color
        self.lineStyle = lineStyle
        self.width = width
    }
}
