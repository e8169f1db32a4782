/// A width and a height, in pixels at scale 1.
public struct Size: Sendable, Hashable {
    /// The horizontal extent, in pixels at scale 1; never negative in a laid-out figure.
    public var width: Double
    /// The vertical extent, in pixels at scale 1; never negative in a laid-out figure.
    public var height: Double

    /// A size of `width` by `height` pixels at scale 1.
    public init(_ width: Double, _ height: Double) {
        self.width = width
        self.height = height
    }
}
