/// Polylines on the canvas: each subpath is stroked on its own, so a gap between two
/// subpaths is a break in the line.
public struct Path: Sendable, Hashable {
    public var subpaths: [[Point]]

    public init(_ subpaths: [[Point]] = []) {
        self.subpaths = subpaths
    }

    /// A single straight segment.
    public static func line(_ a: Point, _ b: Point) -> Path {
        Path([[a, b]])
    }

    /// The outline of a rectangle.
    public static func rectangle(_ r: Rect) -> Path {
        Path([[Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY), Point(r.minX, r.minY)]])
    }

    /// How many points all subpaths hold.
    public var pointCount: Int { subpaths.reduce(0) { $0 + $1.count } }
}
