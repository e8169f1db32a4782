import Testing
import TestUtilities
@testable import Plotting

@Suite("LineClipper: breaks at non-finite samples and cuts at the plot area's edge")
struct LineClipperTests {
    /// A 100 x 100 plot area at (10, 20); the identity scales put data straight on pixels.
    let area = Rect(x: 10, y: 20, width: 100, height: 100)
    let identity = LinearScale(domain: 0...1, range: (0, 1))

    func polylines(_ xs: [Double], _ ys: [Double]) -> [[Point]] {
        LineClipper(area: area).polylines(xs: xs, ys: ys, xScale: identity, yScale: identity)
    }

    @Test("a line inside the area comes back unchanged, as one polyline")
    func inside() {
        #expect(polylines([20, 50, 80], [30, 90, 40]) == [[Point(20, 30), Point(50, 90), Point(80, 40)]])
    }

    @Test("a NaN breaks the line into two polylines, and the NaN sample is dropped")
    func nanBreaks() {
        let lines = polylines([20, 30, 40, 50, 60, 70], [30, 40, .nan, 60, 70, 80])
        #expect(lines == [[Point(20, 30), Point(30, 40)], [Point(50, 60), Point(60, 70), Point(70, 80)]])
    }

    @Test("infinities and a NaN x break the line too", arguments: [
        ([20, 30, 40, 50, 60], [30, 40, .infinity, 60, 70]),
        ([20, 30, 40, 50, 60], [30, 40, -.infinity, 60, 70]),
        ([20, 30, .nan, 50, 60], [30, 40, 50, 60, 70]),
    ] as [([Double], [Double])])
    func otherBreaks(xs: [Double], ys: [Double]) {
        #expect(polylines(xs, ys) == [[Point(20, 30), Point(30, 40)], [Point(50, 60), Point(60, 70)]])
    }

    @Test("an isolated sample between breaks stays visible as a dot, at either end of the series",
          arguments: [[20.0, .nan, 60, 70], [20.0, 30, .nan, 70]])
    func isolatedSample(ys: [Double]) {
        let lines = polylines([20, 40, 60, 70], ys)
        #expect(lines.count == 2)
        #expect(lines.flatMap { $0 }.allSatisfy(area.contains))
        // The isolated sample is kept where it is.
        let isolated = ys[0].isFinite && !ys[1].isFinite ? Point(20, 20) : Point(70, 70)
        #expect(lines.contains { $0.first == isolated })
    }

    @Test("a segment leaving the area ends exactly on the edge")
    func cutAtEdge() {
        // (60, 70) -> (160, 120) leaves through x = 110 at t = 1/2, where y = 95.
        #expect(polylines([60, 160], [70, 120]) == [[Point(60, 70), Point(110, 95)]])
        // (60, 70) -> (80, -30) leaves through y = 20 at t = 1/2, where x = 70.
        #expect(polylines([60, 80], [70, -30]) == [[Point(60, 70), Point(70, 20)]])
    }

    @Test("a segment crossing the whole area is cut at both edges")
    func cutAtBothEdges() {
        // y = x / 2 + 40 from x = 0 to 200 enters at x = 10 (y = 45) and leaves at x = 110 (y = 95).
        #expect(polylines([0, 200], [40, 140]) == [[Point(10, 45), Point(110, 95)]])
    }

    @Test("a line that leaves and comes back is two polylines, each ending on the edge")
    func leavesAndReturns() {
        // Up through y = 20 between x = 40 and 60 (y: 60 -> -20), back down between 60 and 80.
        let lines = polylines([20, 40, 60, 80, 100], [100, 60, -20, 60, 100])
        #expect(lines == [[Point(20, 100), Point(40, 60), Point(50, 20)],
                          [Point(70, 20), Point(80, 60), Point(100, 100)]])
    }

    @Test("a segment wholly outside is dropped")
    func outside() {
        #expect(polylines([0, 5, 200], [0, 300, 300]).isEmpty)
        #expect(LineClipper(area: area).clip(Point(0, 0), Point(5, 300)) == nil)
    }

    @Test("huge values (1e300) are clipped to finite points on the area's edge")
    func hugeValues() {
        // (60, 70) -> (60 + 1e300, 70): leaves through x = 110, so the cut is at (110, 70).
        #expect(polylines([60, 1e300], [70, 70]) == [[Point(60, 70), Point(110, 70)]])
        let lines = polylines([20, 40, 60, 80], [30, 1e300, -1e300, 90])
        let points = lines.flatMap { $0 }
        #expect(!points.isEmpty)
        #expect(points.allSatisfy { $0.x.isFinite && $0.y.isFinite && area.contains($0) }, "\(lines)")
        // Up from (20, 30) to 1e300 the line leaves through the bottom edge y = 120 a hair right of
        // x = 20; down from -1e300 it comes back through the top edge y = 20 a hair left of x = 80.
        #expect(lines.count == 3)
        #expect(lines.first?.first == Point(20, 30) && lines.first?.last?.y == 120)
        #expect(lines.last?.last == Point(80, 90) && lines.last?.first?.y == 20)
        if let x = lines.first?.last?.x { #expect(abs(x - 20) < 1e-9) }
        if let x = lines.last?.first?.x { #expect(abs(x - 80) < 1e-9) }
    }

    @Test("every point of a wild seeded random walk lands inside the area, many on its edges")
    func allInside() {
        var generator = SplitMix64(seed: 42)
        var xs: [Double] = [], ys: [Double] = []
        var y = 70.0
        for i in 0..<5000 {
            xs.append(Double(i) * 0.05)
            y += generator.nextGaussian() * 15
            let r = generator.nextUnit()
            ys.append(r < 0.01 ? .nan : r < 0.02 ? 1e300 * (generator.nextUnit() - 0.5) : y)
        }
        let xScale = LinearScale(domain: 50...200, range: (area.minX, area.maxX))
        let yScale = LinearScale(domain: 0...140, range: (area.maxY, area.minY))
        let lines = LineClipper(area: area).polylines(xs: xs, ys: ys, xScale: xScale, yScale: yScale)
        let points = lines.flatMap { $0 }
        #expect(lines.count > 10)
        let outside = points.filter { !area.contains($0) }
        #expect(outside.isEmpty, "\(outside.prefix(5))")
        let onEdge = points.filter { $0.x == area.minX || $0.x == area.maxX || $0.y == area.minY || $0.y == area.maxY }
        #expect(onEdge.count > 10)
    }
}
