/// Sizes of the figure's furniture, in pixels at scale 1, taken from matplotlib's defaults
/// at 100 dots per inch (1 pt = 100/72 px).
public enum FigureStyle {
    /// Pixels per typographic point.
    public static let point = 100.0 / 72.0
    public static let fontSize = 10 * point
    public static let titleSize = 12 * point
    public static let tickLength = 3.5 * point
    public static let tickWidth = 0.8 * point
    public static let tickPad = 3.5 * point
    public static let labelPad = 4 * point
    public static let titlePad = 6 * point
    public static let spineWidth = 0.8 * point
    public static let gridWidth = 0.8 * point
    /// Space kept free around the whole figure.
    public static let figurePad = 0.6 * fontSize
    /// Space between panels of a grid.
    public static let panelGap = 1.2 * fontSize
    public static let legendBorderPad = 0.4 * fontSize
    public static let legendLabelSpacing = 0.5 * fontSize
    public static let legendHandleLength = 2.0 * fontSize
    public static let legendHandleTextPad = 0.8 * fontSize
    public static let legendBorderAxesPad = 0.5 * fontSize
    public static let legendCornerRadius = 0.2 * fontSize
    public static let legendEdgeWidth = 1 * point
    /// A colour bar as wide as matplotlib's: 5% of a 480-pixel figure's height.
    public static let colorBarWidth = 24.0
    /// matplotlib's minor ticks: 2 pt long, 0.6 pt wide.
    public static let minorTickLength = 2 * point
    public static let minorTickWidth = 0.6 * point
    /// `--hline` and `--vline`: thin mid-grey lines, under the curves.
    public static let referenceLineWidth = 0.8 * point
    public static let referenceLineColor = Color(hex: 0x808080)
    /// `--span`: a translucent grey band, as axvspan with alpha 0.2 draws one.
    public static let spanColor = Color(hex: 0x808080, alpha: 0.2)
}
