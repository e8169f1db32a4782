import Platform
import LossFunctions
import Plotting

/// Evaluates a curve over a sweep in fixed-size chunks. Small sweeps are kept whole; large ones
/// stream through an M4 decimator per pixel column of the visible x window, so memory follows the
/// image width and a zoomed dense sweep looks like a sweep of the window itself.
struct SweepEvaluator {
    static let chunkSize = 4096

    let sweep: SweepPoints
    /// Columns of the M4 decimation; nil keeps every sample.
    let columns: Int?
    /// The x window the columns cover, and the loss panel's y scale (derivative panels keep a linear y).
    let window: ClosedRange<Double>
    let yScale: AxisScale
    /// Told of each chunk's samples as they are evaluated; nil for none.
    let progress: SharedProgress?

    /// Columns per device pixel: M4 is exact at the pixel's resolution, but a steep curve
    /// drawn with antialiasing shows where inside its pixel it bends, so the columns are finer.
    static let columnsPerPixel = 4

    /// A sweep drawn `pixelWidth` device pixels wide over the x `window`: decimated when it has
    /// over four samples a column.
    init(sweep: SweepPoints, pixelWidth: Int, window: ClosedRange<Double>, yScale: AxisScale = .linear, progress: SharedProgress? = nil) {
        self.sweep = sweep
        self.progress = progress
        self.window = window
        self.yScale = yScale
        let columns = pixelWidth.multipliedReportingOverflow(by: Self.columnsPerPixel)
        self.columns = !columns.overflow && sweep.count / 4 > columns.partialValue ? columns.partialValue : nil
    }

    /// The samples of one curve: the loss, then one series per derivative order asked for.
    struct Samples {
        var xs: [Double]
        var ys: [Double]
        /// Per order asked for: its xs and its values.
        var derivatives: [(xs: [Double], ys: [Double])]
    }

    /// The samples to draw: the loss, and its derivatives of the given orders (1, 2).
    func evaluate(_ curve: ResolvedCurve, orders: [Int]) -> Samples {
        if let columns {
            let (lower, upper) = (window.lowerBound, window.upperBound)
            var values = M4Decimator(lower: lower, upper: upper, columns: columns, xScale: sweep.scale, yScale: yScale)
            var slopes = orders.map { _ in M4Decimator(lower: lower, upper: upper, columns: columns, xScale: sweep.scale) }
            forEachChunk(curve, orders: orders) { xs, ys, ds in
                for i in xs.indices { values.add(xs[i], ys[i]) }
                for k in ds.indices {
                    for i in xs.indices { slopes[k].add(xs[i], ds[k][i]) }
                }
            }
            let v = values.finish()
            return Samples(xs: v.xs, ys: v.ys, derivatives: slopes.map { var s = $0; let d = s.finish(); return (d.xs, d.ys) })
        }
        var xs: [Double] = [], ys: [Double] = []
        var ds = orders.map { _ in [Double]() }
        xs.reserveCapacity(sweep.count)
        ys.reserveCapacity(sweep.count)
        forEachChunk(curve, orders: orders) { x, y, d in
            xs.append(contentsOf: x)
            ys.append(contentsOf: y)
            for k in d.indices { ds[k].append(contentsOf: d[k]) }
        }
        return Samples(xs: xs, ys: ys, derivatives: ds.map { (xs, $0) })
    }

    /// `curve.evaluate` over one chunk, its halves (or parts) on separate cores when the chunk is
    /// large: each sample is independent, and a formula's interpreter or a framework's function
    /// costs more than the split.
    static func evaluate(_ curve: ResolvedCurve, _ xs: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>,
                         first: UnsafeMutableBufferPointer<Double>?, second: UnsafeMutableBufferPointer<Double>?) {
        let parts = xs.count >= 2048 ? Parallel.cores : 1
        guard parts > 1 else {
            curve.evaluate(xs, values: values, first: first, second: second)
            return
        }
        nonisolated(unsafe) let (xs, values, first, second) = (xs, values, first, second)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = part * xs.count / parts..<(part + 1) * xs.count / parts
            curve.evaluate(UnsafeBufferPointer(rebasing: xs[range]), values: UnsafeMutableBufferPointer(rebasing: values[range]),
                           first: first.map { UnsafeMutableBufferPointer(rebasing: $0[range]) },
                           second: second.map { UnsafeMutableBufferPointer(rebasing: $0[range]) })
        }
    }

    /// Calls `body` with consecutive chunks of inputs, losses and the derivatives of each order asked for.
    func forEachChunk(_ curve: ResolvedCurve, orders: [Int],
                      _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, [UnsafeBufferPointer<Double>]) -> Void) {
        let size = min(Self.chunkSize, sweep.count)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * size) { buffer in
            let xs = UnsafeMutableBufferPointer(rebasing: buffer[0..<size])
            let ys = UnsafeMutableBufferPointer(rebasing: buffer[size..<(2 * size)])
            let d1 = UnsafeMutableBufferPointer(rebasing: buffer[(2 * size)..<(3 * size)])
            let d2 = UnsafeMutableBufferPointer(rebasing: buffer[(3 * size)..<(4 * size)])
            var start = 0
            while start < sweep.count {
                let n = min(size, sweep.count - start)
                for i in 0..<n { xs[i] = sweep.x(start + i) }
                let x = UnsafeBufferPointer(rebasing: xs[0..<n])
                let y = UnsafeMutableBufferPointer(rebasing: ys[0..<n])
                let first = UnsafeMutableBufferPointer(rebasing: d1[0..<n])
                let second = UnsafeMutableBufferPointer(rebasing: d2[0..<n])
                Self.evaluate(curve, x, values: y, first: orders.contains(1) ? first : nil, second: orders.contains(2) ? second : nil)
                body(x, UnsafeBufferPointer(y), orders.map { UnsafeBufferPointer($0 == 1 ? first : second) })
                progress?.advance(by: n)
                start += n
            }
        }
    }
}
