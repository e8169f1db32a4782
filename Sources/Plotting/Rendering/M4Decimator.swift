/// Streams samples into pixel columns and keeps, per column, the first, lowest, highest and
/// last sample (M4, Jugel et al., VLDB 2014): the line drawn through what it keeps matches the
/// line through every sample, and its memory depends on the column count, not the sample count.
/// A non-finite sample, or one the axes' scales mask, ends the run before it, so the line still
/// breaks there. The columns cover the visible x window, even in the x axis's scale; the samples
/// beyond each edge share a column of their own there, so only the segment into the window is
/// drawn from them.
public struct M4Decimator: Sendable {
    private let lower: Double
    private let columnsPerUnit: Double
    private let columns: Int
    private let xScale: AxisScale
    private let yScale: AxisScale
    /// The x of each sample kept so far, increasing; a NaN in `ys` marks a break.
    public private(set) var xs: [Double] = []
    /// The y of each sample kept so far, NaN at a break.
    public private(set) var ys: [Double] = []
    private var bucket = -1
    private var first = (0.0, 0.0), low = (0.0, 0.0), high = (0.0, 0.0), last = (0.0, 0.0)
    private var open = false
    private var brokeLast = false

    /// Columns evenly over [lower, upper] in the x scale's space.
    public init(lower: Double, upper: Double, columns: Int, xScale: AxisScale = .linear, yScale: AxisScale = .linear) {
        self.xScale = xScale
        self.yScale = yScale
        let lo = xScale.forward(lower), hi = xScale.forward(upper)
        self.lower = lo / 4
        self.columns = max(1, columns)
        // In quarters, as LinearScale does, so a window as wide as the doubles does not overflow; a
        // degenerate window (empty, reversed, masked) puts every sample in the first column.
        let perUnit = Double(self.columns) / (hi / 4 - lo / 4)
        self.columnsPerUnit = perUnit.isFinite && perUnit > 0 ? perUnit : 0
        xs.reserveCapacity(4 * self.columns + 16)
        ys.reserveCapacity(4 * self.columns + 16)
    }

    /// Adds one sample; samples must come in increasing x.
    public mutating func add(_ x: Double, _ y: Double) {
        let u = xScale.forward(x)
        guard y.isFinite, u.isFinite, yScale.shows(y) else {
            flush()
            if !brokeLast && !xs.isEmpty {
                xs.append(x)
                ys.append(.nan)
                brokeLast = true
            }
            return
        }
        let column = ((u / 4 - lower) * columnsPerUnit).rounded(.down)
        // -1 and `columns` hold what lies beyond the window's edges.
        let b = column.isFinite ? Int(min(max(column, -1), Double(columns))) : 0
        if !open || b != bucket {
            flush()
            bucket = b
            first = (x, y); low = (x, y); high = (x, y)
            open = true
        }
        if y < low.1 { low = (x, y) }
        if y > high.1 { high = (x, y) }
        last = (x, y)
    }

    /// Ends the stream and returns what was kept.
    public mutating func finish() -> (xs: [Double], ys: [Double]) {
        flush()
        return (xs, ys)
    }

    private mutating func flush() {
        guard open else { return }
        open = false
        brokeLast = false
        let inner = low.0 <= high.0 ? [low, high] : [high, low]
        for point in [first] + inner + [last] where xs.last != point.0 || ys.last != point.1 {
            xs.append(point.0)
            ys.append(point.1)
        }
    }
}
