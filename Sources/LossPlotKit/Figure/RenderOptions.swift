import Plotting

/// How a figure is rendered, beyond what its spec says.
public struct RenderOptions: Sendable {
    /// Overrides the spec's size, in pixels.
    public var size: Size?
    /// Device pixels per pixel, for sharper PNGs.
    public var scale: Double
    /// The colours of axes, text and background.
    public var theme: Theme
    /// Pixels per inch, for naming sizes in messages (``scale`` already holds it over 100).
    public var dpi: Double = 100
    /// The size as `--size` gave it, for naming it in messages; nil when not given.
    public var givenSize: FigureSize?
    /// The base font size in points (matplotlib's `font.size`, 10 by default).
    public var fontSize: Double = 10
    /// Streams large sweeps through M4 decimation (the default); off keeps every sample.
    public var decimation: Bool
    /// Shows a progress bar of the samples evaluated on standard error, when it is a terminal and
    /// the work has taken a second. Off by default: batch and animation frames draw their own.
    public var progress = false

    /// Options at the spec's size, scale 1, the light theme, with decimation.
    public init(size: Size? = nil, scale: Double = 1, theme: Theme = .light, decimation: Bool = true) {
        self.size = size
        self.scale = scale
        self.theme = theme
        self.decimation = decimation
    }
}
