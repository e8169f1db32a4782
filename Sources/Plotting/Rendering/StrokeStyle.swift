/// How a path is stroked: colour, width and dash pattern, in pixels at scale 1.
public struct StrokeStyle: Sendable, Hashable {
    /// The line's colour.
    public var color: Color
    /// The line's width, in pixels at scale 1.
    public var width: Double
    /// Dash lengths in pixels; empty for a solid line.
    public var dashes: [Double]
    /// Round joins and butt caps give clean corners and clean ends at the plot's edge.
    public var roundJoins: Bool
    /// Axis-aligned furniture (spines, ticks, grid) is moved onto the device's pixel grid so it
    /// draws crisp, as matplotlib snaps it; curves never are.
    public var snap: Bool

    /// A stroke of `color`, `width` pixels wide at scale 1, with dash lengths in pixels (none: solid).
    public init(color: Color, width: Double, dashes: [Double] = [], roundJoins: Bool = true, snap: Bool = false) {
        self.color = color
        self.width = width
        self.dashes = dashes
        self.roundJoins = roundJoins
        self.snap = snap
    }

    /// A curve's stroke: the line style's pattern scaled by the width, as matplotlib scales it.
    public init(color: Color, width: Double, lineStyle: LineStyle) {
        self.init(color: color, width: width, dashes: lineStyle.pattern.map { $0 * width })
    }
}
