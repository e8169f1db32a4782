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
    /// Round caps: a subpath of one point repeated is then a filled dot `width` across (a marker).
    public var roundCaps: Bool

    /// A stroke of `color`, `width` pixels wide at scale 1, with dash lengths in pixels (none: solid).
    public init(color: Color, width: Double, dashes: [Double] = [], roundJoins: Bool = true, snap: Bool = false, roundCaps: Bool = false) {
        self.color = color
        self.width = width
        self.dashes = dashes
        self.roundJoins = roundJoins
        self.snap = snap
        self.roundCaps = roundCaps
    }

    /// Dots `diameter` pixels across at each point of a path of repeated points (markers).
    public static func dots(color: Color, diameter: Double) -> StrokeStyle {
        StrokeStyle(color: color, width: diameter, roundCaps: true)
    }

    /// A curve's stroke: the line style's pattern scaled by the width, as matplotlib scales it.
    public init(color: Color, width: Double, lineStyle: LineStyle) {
        self.init(color: color, width: width, dashes: lineStyle.pattern.map { $0 * width })
    }
}
