/// One curve: its samples, label and look. A non-finite y breaks the line there.
public struct Series: Sendable {
    /// The legend's text for the curve (Pango markup allowed by the Cairo canvas).
    public var label: String
    /// The sample positions on the x axis, in data units; as many as `ys`.
    public var xs: [Double]
    /// The sampled values, in data units, `ys[i]` at `xs[i]`; NaN or an infinity leaves a gap.
    public var ys: [Double]
    /// The curve's colour (black is drawn in the theme's foreground colour).
    public var color: Color
    /// The curve's dash pattern.
    public var lineStyle: LineStyle
    /// The line width in points (matplotlib's default is 1.5).
    public var width: Double
    /// When set, the samples are drawn as filled circles this many points across, with no line
    /// between them (a scatter; matplotlib's default marker size is 6).
    public var markerSize: Double?

    /// A curve through `(xs[i], ys[i])`. `xs` and `ys` must have the same count (a precondition, it traps otherwise); `width` is in points.
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
