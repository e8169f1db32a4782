/// Sizes of the figure's furniture, in pixels at scale 1, taken from matplotlib's defaults
/// at 100 dots per inch (1 pt = 100/72 px).
public enum FigureStyle {
    /// Pixels per typographic point.
    public static let point = 100.0 / 72.0
    /// Tick labels, axis labels and legend text at the default `font.size`, 10 pt (13.9 px);
    /// a figure's own sizes are its ``TextSizes``.
    public static let fontSize = 10 * point
    /// Titles: matplotlib's `axes.titlesize` "large", 12 pt (16.7 px).
    public static let titleSize = 12 * point
    /// Major tick marks: `xtick.major.size`, 3.5 pt.
    public static let tickLength = 3.5 * point
    /// Major tick marks' width: `xtick.major.width`, 0.8 pt.
    public static let tickWidth = 0.8 * point
    /// Between a tick and its label: `xtick.major.pad`, 3.5 pt.
    public static let tickPad = 3.5 * point
    /// Between tick labels and the axis label: `axes.labelpad`, 4 pt.
    public static let labelPad = 4 * point
    /// Between the axes and their title: `axes.titlepad`, 6 pt.
    public static let titlePad = 6 * point
    /// The axes' frame: `axes.linewidth`, 0.8 pt.
    public static let spineWidth = 0.8 * point
    /// Grid lines: `grid.linewidth`, 0.8 pt.
    public static let gridWidth = 0.8 * point
    /// The legend box's border, 1 pt.
    public static let legendEdgeWidth = 1 * point
    /// A colour bar as wide as matplotlib's: 5% of a 480-pixel figure's height.
    public static let colorBarWidth = 24.0
    /// matplotlib's minor ticks: 2 pt long, 0.6 pt wide.
    public static let minorTickLength = 2 * point
    /// Minor tick marks' width: `xtick.minor.width`, 0.6 pt.
    public static let minorTickWidth = 0.6 * point
    /// `--hline` and `--vline`: thin mid-grey lines, under the curves.
    public static let referenceLineWidth = 0.8 * point
    /// The colour of `--hline` and `--vline`: mid grey, 0x808080.
    public static let referenceLineColor = Color(hex: 0x808080)
    /// `--span`: a translucent grey band, as axvspan with alpha 0.2 draws one.
    public static let spanColor = Color(hex: 0x808080, alpha: 0.2)
}
