import Foundation
import Testing
import TestUtilities
@testable import Plotting

@Suite("M4Decimator: first, lowest, highest and last sample per pixel column")
struct M4DecimatorTests {
    static let sampleCount = 1_000_000
    static let columns = 500
    /// Samples per column: x = i / 2000 over [0, 500) puts sample i in column i / 2000 exactly.
    static let perColumn = sampleCount / columns

    /// A noisy sine: a seeded random walk would do as well, but this one has a known shape.
    static func signal() -> (xs: [Double], ys: [Double]) {
        var generator = SplitMix64(seed: 2014)
        let xs = (0..<sampleCount).map { Double($0) / Double(perColumn) }
        let ys = xs.map { sin($0 / 40) + 0.3 * generator.nextGaussian() }
        return (xs, ys)
    }

    static func decimate(_ xs: [Double], _ ys: [Double], columns: Int = columns) -> (xs: [Double], ys: [Double]) {
        var decimator = M4Decimator(lower: 0, upper: Double(columns), columns: columns)
        for (x, y) in zip(xs, ys) { decimator.add(x, y) }
        return decimator.finish()
    }

    @Test("1e6 samples in 500 columns keep each column's first, last, lowest and highest sample")
    func keepsExtremes() {
        let (xs, ys) = Self.signal()
        let kept = Self.decimate(xs, ys)
        #expect(kept.xs.count <= 4 * Self.columns)
        #expect(kept.xs.count >= 2 * Self.columns)
        let keptPoints = Set(zip(kept.xs, kept.ys).map { Pair($0, $1) })
        var missing: [Int] = []
        for column in 0..<Self.columns {
            let range = column * Self.perColumn..<(column + 1) * Self.perColumn
            let low = range.min { ys[$0] < ys[$1] }!, high = range.max { ys[$0] < ys[$1] }!
            for i in [range.lowerBound, low, high, range.upperBound - 1] where !keptPoints.contains(Pair(xs[i], ys[i])) {
                missing.append(i)
            }
        }
        #expect(missing.isEmpty, "samples not kept: \(missing.prefix(10))")
        // The kept points are samples, in the order they came.
        #expect(zip(kept.xs, kept.xs.dropFirst()).allSatisfy { $0 < $1 })
        #expect(kept.ys.min() == ys.min() && kept.ys.max() == ys.max())
    }

    @Test("a NaN in the stream becomes one NaN break between the samples around it")
    func nanBreaks() {
        var (xs, ys) = Self.signal()
        // Mid-column, so the break also splits that column's run in two.
        let broken = 123 * Self.perColumn + 777
        ys[broken] = .nan
        let kept = Self.decimate(xs, ys)
        let breaks = kept.ys.indices.filter { kept.ys[$0].isNaN }
        #expect(breaks.count == 1)
        guard let b = breaks.first else { return }
        #expect(kept.xs[b] == xs[broken])
        // The samples just before and after the NaN end and start the runs around it.
        #expect(kept.xs[b - 1] == xs[broken - 1] && kept.ys[b - 1] == ys[broken - 1])
        #expect(kept.xs[b + 1] == xs[broken + 1] && kept.ys[b + 1] == ys[broken + 1])
        // Each break adds its marker and can split one column's run into two runs of up to four.
        #expect(kept.xs.count <= 4 * (Self.columns + breaks.count) + breaks.count)
    }

    @Test("consecutive non-finite samples make one break, and none at the start")
    func oneBreakPerGap() {
        let xs = (0..<12).map(Double.init)
        let ys: [Double] = [.nan, .infinity, 1, 2, 3, .nan, -.infinity, .nan, 4, 5, 6, 7]
        let kept = Self.decimate(xs, ys, columns: 12)
        #expect(kept.xs == [2, 3, 4, 5, 8, 9, 10, 11])
        #expect(zip(kept.ys, [1, 2, 3, .nan, 4, 5, 6, 7]).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
    }

    @Test("a column's lowest and highest are kept in the order they came, so the line never runs back",
          arguments: [([0, 5, -5, 1, 2], [0, 5, -5, 2]), ([0, -5, 5, 1, 2], [0, -5, 5, 2])] as [([Double], [Double])])
    func extremesInOrder(ys: [Double], keptYs: [Double]) {
        let kept = Self.decimate([0.1, 0.2, 0.3, 0.4, 0.5], ys, columns: 1)
        #expect(kept.xs == [0.1, 0.2, 0.3, 0.5])
        #expect(kept.ys == keptYs)
    }

    @Test("samples outside [lower, upper] go to a column of their own beyond each edge, so the edge columns keep their shape")
    func outsideSamples() {
        var decimator = M4Decimator(lower: 0, upper: 2, columns: 2)
        let samples = [(-5.0, 1.0), (-3, 0), (-1, 9), (0.2, 5), (0.4, 7), (0.5, 2), (1.5, 3), (3, -9), (5, 0), (7, 4)]
        for (x, y) in samples { decimator.add(x, y) }
        let kept = decimator.finish()
        // Left of 0: -5 (first), -3 (lowest), -1 (highest, last); column 0: all of 0.2, 0.4, 0.5;
        // column 1: 1.5; right of 2: 3 (first, lowest), 7 (last), and 5 dropped.
        #expect(kept.xs == [-5, -3, -1, 0.2, 0.4, 0.5, 1.5, 3, 7])
        #expect(kept.ys == [1, 0, 9, 5, 7, 2, 3, -9, 4])
    }

    @Test("on a log x axis the columns are even in log x, and samples the axes mask break the line")
    func logColumns() {
        var decimator = M4Decimator(lower: 1, upper: 100, columns: 2, xScale: .log, yScale: .log)
        // Columns [1, 10) and [10, 100) in log x (even in x they would split at 50.5, putting 11
        // with 1 to 9); y = 0 is masked on a log y axis; x = 100 is past the window's last column.
        for (x, y) in [(1.0, 1.0), (2, 0.5), (5, 2), (9, 4), (11, 5), (50, 0), (60, 6), (100, 7)] { decimator.add(x, y) }
        let kept = decimator.finish()
        #expect(kept.xs == [1, 2, 9, 11, 50, 60, 100])
        #expect(kept.ys.map { $0.isNaN ? -1 : $0 } == [1, 0.5, 4, 5, -1, 6, 7])
    }
}

/// A sample as a hashable pair, to look kept samples up.
private struct Pair: Hashable {
    let x: Double, y: Double

    init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
