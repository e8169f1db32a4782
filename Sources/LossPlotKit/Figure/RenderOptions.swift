import Plotting

/// How a figure is rendered, beyond what its spec says.
public struct RenderOptions: Sendable {
    /// Overrides the spec's size, in pixels.
    public var size: Size?
    /// Device pixels per pixel, for sharper PNGs.
    public var scale: Double
    /// The colours of axes, text and background.
    public var theme: Theme
    /// Streams large sweeps through M4 decimation (the default); off keeps every sample.
    public var decimation: Bool

    /// Options at the spec's size, scale 1, the light theme, with decimation.
    public init(size: Size? = nil, scale: Double = 1, theme: Theme = .light, decimation: Bool = true) {
        self.size = size
        self.scale = scale
        self.theme = theme
        self.decimation = decimation
    }
}
