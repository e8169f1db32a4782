/// An axis-aligned rectangle on the canvas, y pointing down.
public struct Rect: Sendable, Hashable {
    /// The left edge, in pixels at scale 1.
    public var x: Double
    /// The top edge, in pixels at scale 1 (y grows downwards).
    public var y: Double
    /// The width, in pixels at scale 1.
    public var width: Double
    /// The height, in pixels at scale 1.
    public var height: Double

    /// The rectangle whose top-left corner is `(x, y)`, all in pixels at scale 1.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge, `x`.
    public var minX: Double { x }
    /// The top edge, `y`.
    public var minY: Double { y }
    /// The right edge, `x + width`.
    public var maxX: Double { x + width }
    /// The bottom edge, `y + height`.
    public var maxY: Double { y + height }

    /// Whether the point lies inside or on the edge.
    public func contains(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }
}

extension Rect {
    /// Whether the two rectangles overlap (sharing an edge does not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}
