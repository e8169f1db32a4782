/// A whole figure: its size, title, panels laid out in a grid, and theme.
public struct Figure: Sendable {
    /// The size in pixels at scale 1.
    public var size: Size
    /// The figure's title above all panels (matplotlib's `suptitle`), if any.
    public var title: String?
    /// The panels, filled into rows of `columns` from the top left.
    public var panels: [Panel]
    /// How many panels a row holds.
    public var columns: Int
    /// The colours of everything that is not a curve.
    public var theme: Theme
    /// Optional colour bar beside the panels, for curves coloured by a parameter.
    public var colorBar: ColorBar?
    /// The text sizes, from the base font size (10 pt by default).
    public var text = TextSizes()
    /// The strip at the right that `size` includes for a legend outside the axes; 0 without one.
    public var outsideLegendWidth = 0.0

    /// A figure of `panels` laid out `columns` to a row (at least 1), `size` in pixels at scale 1.
    public init(size: Size = Size(640, 480), title: String? = nil, panels: [Panel], columns: Int = 1,
                theme: Theme = .light, colorBar: ColorBar? = nil) {
        self.size = size
        self.title = title
        self.panels = panels
        self.columns = max(1, columns)
        self.theme = theme
        self.colorBar = colorBar
    }
}
