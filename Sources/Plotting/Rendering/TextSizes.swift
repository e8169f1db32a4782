/// A figure's text sizes and the spacings matplotlib gives in ems, in pixels at scale 1, from
/// its base font size (`font.size`): tick labels, axis labels, panel titles and the legend are
/// at the base size ("medium"), the figure's title at 1.2 times it ("large").
public struct TextSizes: Sendable, Hashable {
    /// The base font size in points; 10 is matplotlib's default.
    public let points: Double

    /// Sizes from a base font of `points` points.
    public init(points: Double = 10) {
        self.points = points
    }

    /// Tick labels, axis labels, panel titles and legend text.
    public var base: Double { points * FigureStyle.point }
    /// The figure's title: matplotlib's "large", 1.2 times the base.
    public var title: Double { points * 1.2 * FigureStyle.point }
    /// Space kept free around the whole figure, 0.6 em.
    public var figurePad: Double { 0.6 * base }
    /// Space between panels of a grid, 1.2 em.
    public var panelGap: Double { 1.2 * base }
    /// Inside the legend box: `legend.borderpad`, 0.4 em.
    public var legendBorderPad: Double { 0.4 * base }
    /// Between legend rows: `legend.labelspacing`, 0.5 em.
    public var legendLabelSpacing: Double { 0.5 * base }
    /// A legend row's line sample: `legend.handlelength`, 2 em.
    public var legendHandleLength: Double { 2.0 * base }
    /// Between a line sample and its label: `legend.handletextpad`, 0.8 em.
    public var legendHandleTextPad: Double { 0.8 * base }
    /// Between legend columns: `legend.columnspacing`, 2 em.
    public var legendColumnSpacing: Double { 2.0 * base }
    /// Between the legend box and the axes: `legend.borderaxespad`, 0.5 em.
    public var legendBorderAxesPad: Double { 0.5 * base }
    /// The legend box's rounded corners (matplotlib's `fancybox`), 0.2 em.
    public var legendCornerRadius: Double { 0.2 * base }
}
