/// A position on the canvas, in pixels at scale 1, y pointing down.
public struct Point: Sendable, Hashable {
    /// The horizontal position, in pixels at scale 1 from the canvas's left edge.
    public var x: Double
    /// The vertical position, in pixels at scale 1 from the canvas's top edge (y grows downwards).
    public var y: Double

    /// The point `(x, y)`, in pixels at scale 1.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
