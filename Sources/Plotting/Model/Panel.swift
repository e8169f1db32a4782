/// One set of axes: its curves, labels, limits, scales, reference lines, legend and grid.
public struct Panel: Sendable {
    /// The curves, drawn in order (the last on top) and listed in the legend in order.
    public var series: [Series]
    /// The text above the axes, if any.
    public var title: String?
    /// The x axis's label, if any.
    public var xLabel: String?
    /// The y axis's label, drawn rotated, if any.
    public var yLabel: String?
    /// Fixed x limits; nil fits the data with matplotlib's 5% margins.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y limits; nil fits the samples visible in the x view, with 5% margins.
    public var yLimits: ClosedRange<Double>?
    /// Where the legend goes; `.none` draws none.
    public var legend: LegendPosition
    /// Whether grid lines are drawn at the major ticks.
    public var grid: Bool
    /// How x is transformed before it is laid out (matplotlib's `set_xscale`).
    public var xScale: AxisScale
    /// How y is transformed before it is laid out (matplotlib's `set_yscale`).
    public var yScale: AxisScale
    /// Furniture: horizontal and vertical reference lines, and shaded x spans.
    public var hLines: [Double] = []
    /// x positions of vertical reference lines, in data units.
    public var vLines: [Double] = []
    /// Shaded x bands (matplotlib's `axvspan`).
    public var spans: [Span] = []
    /// A function of x and y drawn under the curves as filled contours and contour lines.
    public var surface: Surface?

    /// A panel of `series`, its limits in data units (nil: fitted to the data with matplotlib's 5% margins).
    public init(series: [Series], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
                legend: LegendPosition = .best, grid: Bool = false, xScale: AxisScale = .linear, yScale: AxisScale = .linear) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.legend = legend
        self.grid = grid
        self.xScale = xScale
        self.yScale = yScale
    }

    /// The x view: the fixed limits, or the extent of the samples the scales can show, with 5% margins.
    public var xView: ClosedRange<Double> {
        xLimits ?? Self.autoscale(series.map { s in
            s.xs.indices.lazy.filter { yScale.shows(s.ys[$0]) }.map { s.xs[$0] }
        }, scale: xScale)
    }

    /// The y view: the fixed limits, or the extent of the visible samples with 5% margins.
    public var yView: ClosedRange<Double> {
        if let yLimits { return yLimits }
        let x = xView
        // Only the samples that are visible in x decide the y view.
        return Self.autoscale(series.map { s in
            s.xs.indices.lazy.filter { x.contains(s.xs[$0]) && xScale.shows(s.xs[$0]) }.map { s.ys[$0] }
        }, scale: yScale)
    }

    /// The extent of the values the scale shows, widened by 5% on each side in the scale's space;
    /// the margins shrink where they would pass the largest double, so the view stays finite.
    static func autoscale<S: Sequence>(_ columns: [S], scale: AxisScale = .linear) -> ClosedRange<Double> where S.Element == Double {
        var lo = Double.infinity, hi = -Double.infinity
        for column in columns {
            for v in column where scale.shows(v) {
                let u = scale.forward(v)
                lo = min(lo, u)
                hi = max(hi, u)
            }
        }
        guard lo <= hi else { return scale.defaultView }
        let d = LinearScale.nonsingular(lo...hi)
        let largest = Double.greatestFiniteMagnitude
        // In quarters, so neither the width nor the margin overflows; the margin keeps the view's
        // width below the largest double.
        let quarterWidth = d.upperBound / 4 - d.lowerBound / 4
        let margin = max(0, min(0.05 * quarterWidth, (0.99 * largest / 4 - quarterWidth) / 2))
        let lower = max(d.lowerBound - 4 * margin, -largest), upper = min(d.upperBound + 4 * margin, largest)
        return scale.clamped(scale.inverse(lower)...scale.inverse(upper))
    }
}

extension AxisScale {
    /// The view of an axis with nothing on it: matplotlib's default limits.
    var defaultView: ClosedRange<Double> {
        switch self {
        case .linear, .symlog: 0...1
        case .log: 1...10
        case .logit: 1e-7...(1 - 1e-7)
        }
    }

    /// A view kept finite and inside the scale's domain, where rounding in the scale's space took it out.
    func clamped(_ view: ClosedRange<Double>) -> ClosedRange<Double> {
        let largest = Double.greatestFiniteMagnitude
        var lo = min(max(view.lowerBound, -largest), largest), hi = min(max(view.upperBound, -largest), largest)
        switch self {
        case .linear, .symlog: break
        case .log:
            lo = max(lo, Double.leastNormalMagnitude)
            hi = max(hi, lo)
        case .logit:
            lo = min(max(lo, Double.leastNormalMagnitude), 0.5)
            hi = max(min(hi, 1 - 0x1p-53), 0.5)
        }
        return lo...max(lo, hi)
    }
}
