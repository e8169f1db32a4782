/// A whole figure: its size, title, panels laid out in a grid, and theme.
public struct Figure: Sendable {
    /// The size in pixels at scale 1.
    public var size: Size
    public var title: String?
    public var panels: [Panel]
    /// How many panels a row holds.
    public var columns: Int
    public var theme: Theme
    /// Optional colour bar beside the panels, for curves coloured by a parameter.
    public var colorBar: ColorBar?

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
