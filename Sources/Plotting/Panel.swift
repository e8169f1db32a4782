/// One set of axes: its curves, labels, limits, legend and grid.
public struct Panel: Sendable {
    public var series: [Series]
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    /// Fixed x limits; nil fits the data with matplotlib's 5% margins.
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    public var legend: LegendPosition
    public var grid: Bool

    public init(series: [Series], title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
                legend: LegendPosition = .best, grid: Bool = false) {
        self.series = series
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.legend = legend
        self.grid = grid
    }

    /// The x view: the fixed limits, or the finite data's extent with 5% margins.
    public var xView: ClosedRange<Double> {
        xLimits ?? Self.autoscale(series.map { s in s.xs.indices.lazy.filter { s.ys[$0].isFinite }.map { s.xs[$0] } })
    }

    /// The y view: the fixed limits, or the finite data's extent with 5% margins.
    public var yView: ClosedRange<Double> {
        if let yLimits { return yLimits }
        let x = xView
        // Only the samples that are visible in x decide the y view.
        return Self.autoscale(series.map { s in s.xs.indices.lazy.filter { x.contains(s.xs[$0]) }.map { s.ys[$0] } })
    }

    static func autoscale<S: Sequence>(_ columns: [S]) -> ClosedRange<Double> where S.Element == Double {
        var lo = Double.infinity, hi = -Double.infinity
        for column in columns {
            for v in column where v.isFinite {
                lo = min(lo, v)
                hi = max(hi, v)
            }
        }
        guard lo <= hi else { return 0...1 }
        let d = LinearScale.nonsingular(lo...hi)
        let margin = 0.05 * (d.upperBound - d.lowerBound)
        return (d.lowerBound - margin)...(d.upperBound + margin)
    }
}
