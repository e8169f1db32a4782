import Plotting

/// How a figure is rendered, beyond what its spec says.
public struct RenderOptions: Sendable {
    /// Overrides the spec's size, in pixels.
    public var size: Size?
    /// Device pixels per pixel, for sharper PNGs.
    public var scale: Double
    public var theme: Theme

    public init(size: Size? = nil, scale: Double = 1, theme: Theme = .light) {
        self.size = size
        self.scale = scale
        self.theme = theme
    }
}
