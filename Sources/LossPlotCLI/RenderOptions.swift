import Plotting

/// How a figure is rendered, beyond what its spec says.
public struct RenderOptions: Sendable {
    /// Overrides the spec's size, in pixels.
    public var size: Size?
    /// Device pixels per pixel, for sharper PNGs.
    public var scale: Double
    public var theme: Theme
    /// Streams large sweeps through M4 decimation (the default); off keeps every sample.
    public var decimation: Bool

    public init(size: Size? = nil, scale: Double = 1, theme: Theme = .light, decimation: Bool = true) {
        self.size = size
        self.scale = scale
        self.theme = theme
        self.decimation = decimation
    }
}
