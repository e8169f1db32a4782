/// Polylines on the canvas: each subpath is stroked on its own, so a gap between two
/// subpaths is a break in the line.
public struct Path: Sendable, Hashable {
    /// The polylines, each a list of points in pixels at scale 1; a subpath of fewer than two points draws nothing.
    public var subpaths: [[Point]]

    /// A path of the given polylines (none by default).
    public init(_ subpaths: [[Point]] = []) {
        self.subpaths = subpaths
    }

    /// A single straight segment.
    public static func line(_ a: Point, _ b: Point) -> Path {
        Path([[a, b]])
    }

    /// How many points all subpaths hold.
    public var pointCount: Int { subpaths.reduce(0) { $0 + $1.count } }
}
