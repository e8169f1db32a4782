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

    /// How many points all subpaths hold.
    public var pointCount: Int { subpaths.reduce(0) { $0 + $1.count } }
}
