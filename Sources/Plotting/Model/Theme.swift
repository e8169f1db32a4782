/// The colours of everything that is not a curve.
public struct Theme: Sendable, Hashable {
    /// The figure's background; nil leaves it transparent.
    public var background: Color?
    /// Text, spines and ticks.
    public var foreground: Color
    /// The grid lines drawn at the ticks with `--grid`.
    public var grid: Color
    /// The legend box's fill (translucent, as matplotlib's 0.8 alpha).
    public var legendFace: Color
    /// The legend box's border.
    public var legendEdge: Color

    /// A theme of the given colours; a nil background leaves the figure transparent.
    public init(background: Color?, foreground: Color, grid: Color, legendFace: Color, legendEdge: Color) {
        self.background = background
        self.foreground = foreground
        self.grid = grid
        self.legendFace = legendFace
        self.legendEdge = legendEdge
    }

    /// matplotlib's default look.
    public static let light = Theme(background: .white, foreground: .black, grid: Color(hex: 0xB0B0B0),
                                    legendFace: Color(hex: 0xFFFFFF, alpha: 0.8), legendEdge: Color(hex: 0xCCCCCC))
    /// Light text on a dark background, for slides.
    public static let dark = Theme(background: Color(hex: 0x1E1E1E), foreground: Color(hex: 0xE6E6E6), grid: Color(hex: 0x555555),
                                   legendFace: Color(hex: 0x1E1E1E, alpha: 0.8), legendEdge: Color(hex: 0x666666))

    /// The same theme with no background fill.
    public var transparent: Theme {
        var t = self
        t.background = nil
        return t
    }

    /// Whether the text is lighter than the background (the dark theme, with or without its
    /// background): curves then take their palette's dark colours.
    public var isDark: Bool {
        0.2126 * foreground.red + 0.7152 * foreground.green + 0.0722 * foreground.blue > 0.5
    }

    /// A curve's colour on this theme: black curves become the foreground colour on dark backgrounds.
    public func curveColor(_ c: Color) -> Color {
        c == .black ? foreground : c
    }
}
