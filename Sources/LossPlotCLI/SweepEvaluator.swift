import LossFunctions
import Plotting

/// Evaluates a curve over a sweep in fixed-size chunks. Small sweeps are kept whole; large ones
/// stream through an M4 decimator per pixel column, so memory follows the image width.
struct SweepEvaluator {
    static let chunkSize = 4096

    let sweep: Sweep
    /// Columns of the M4 decimation; nil keeps every sample.
    let columns: Int?

    /// Columns per device pixel: M4 is exact at the pixel's resolution, but a steep curve
    /// drawn with antialiasing shows where inside its pixel it bends, so the columns are finer.
    static let columnsPerPixel = 4

    /// A sweep drawn `pixelWidth` device pixels wide: decimated when it has over four samples a column.
    init(sweep: Sweep, pixelWidth: Int) {
        self.sweep = sweep
        let columns = pixelWidth.multipliedReportingOverflow(by: Self.columnsPerPixel)
        // Decimate when there are more than four samples a column.
        self.columns = !columns.overflow && sweep.count / 4 > columns.partialValue ? columns.partialValue : nil
    }

    /// The samples to draw: the loss, and its derivative when asked.
    func evaluate(_ curve: LossCurve, derivative: Bool) -> (xs: [Double], ys: [Double], dxs: [Double], dys: [Double]) {
        if let columns {
            var values = M4Decimator(lower: sweep.lower, upper: sweep.upper, columns: columns)
            var slopes = M4Decimator(lower: sweep.lower, upper: sweep.upper, columns: columns)
            forEachChunk(curve, derivative: derivative) { xs, ys, ds in
                for i in xs.indices {
                    values.add(xs[i], ys[i])
                    if let ds { slopes.add(xs[i], ds[i]) }
                }
            }
            let v = values.finish(), d = slopes.finish()
            return (v.xs, v.ys, d.xs, d.ys)
        }
        var xs: [Double] = [], ys: [Double] = [], dys: [Double] = []
        xs.reserveCapacity(sweep.count)
        ys.reserveCapacity(sweep.count)
        forEachChunk(curve, derivative: derivative) { x, y, d in
            xs.append(contentsOf: x)
            ys.append(contentsOf: y)
            if let d { dys.append(contentsOf: d) }
        }
        return (xs, ys, derivative ? xs : [], dys)
    }

    /// Calls `body` with consecutive chunks of inputs, losses and (when asked) derivatives.
    func forEachChunk(_ curve: LossCurve, derivative: Bool,
                      _ body: (UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Double>?) -> Void) {
        let size = min(Self.chunkSize, sweep.count)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * size) { buffer in
            let xs = UnsafeMutableBufferPointer(rebasing: buffer[0..<size])
            let ys = UnsafeMutableBufferPointer(rebasing: buffer[size..<(2 * size)])
            let ds = UnsafeMutableBufferPointer(rebasing: buffer[(2 * size)..<(3 * size)])
            var start = 0
            while start < sweep.count {
                let n = min(size, sweep.count - start)
                for i in 0..<n { xs[i] = sweep.x(start + i) }
                let x = UnsafeBufferPointer(rebasing: xs[0..<n])
                let y = UnsafeMutableBufferPointer(rebasing: ys[0..<n])
                let d = UnsafeMutableBufferPointer(rebasing: ds[0..<n])
                curve.evaluate(x, values: y, derivatives: derivative ? d : nil)
                body(x, UnsafeBufferPointer(y), derivative ? UnsafeBufferPointer(d) : nil)
                start += n
            }
        }
    }
}
