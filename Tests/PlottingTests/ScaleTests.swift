import Testing
@testable import Plotting

@Suite("LinearScale and the panel's autoscaled views")
struct ScaleTests {
    @Test("maps the domain's ends to the range's ends and is linear between them")
    func mapping() {
        let scale = LinearScale(domain: -2...6, range: (100, 500))
        #expect(scale(-2) == 100)
        #expect(scale(6) == 500)
        #expect(scale(2) == 300)
        #expect(scale(0) == 200)
        // Outside the domain the line goes on: 50 px per unit.
        #expect(scale(10) == 700)
        #expect(scale(-4) == 0)
    }

    @Test("a decreasing range flips the axis, as a y axis with y pointing down needs")
    func decreasingRange() {
        let scale = LinearScale(domain: 0...10, range: (400, 0))
        #expect(scale(0) == 400)
        #expect(scale(10) == 0)
        #expect(scale(2.5) == 300)
    }

    @Test("invert undoes the mapping", arguments: [-3.0, 0, 0.1, 1.0 / 3, 7.25, 1e3])
    func inversion(value: Double) {
        let scale = LinearScale(domain: -1.5...2.5, range: (480, 20))
        let roundTrip = scale.invert(scale(value))
        #expect(abs(roundTrip - value) <= 1e-12 * max(1, abs(value)), "\(roundTrip)")
        #expect(scale.invert(480) == -1.5)
        #expect(scale.invert(20) == 2.5)
    }

    /// matplotlib.transforms.nonsingular(v0, v1, expander=0.05), as autoscaling calls it.
    @Test("a zero-width or non-finite domain is widened as matplotlib's nonsingular does",
          arguments: [(3.0, 3.0, 2.85, 3.15), (-2, -2, -2.1, -1.9), (0, 0, -0.05, 0.05),
                      (-.infinity, 1, -0.05, 0.05), (1, .infinity, -0.05, 0.05), (2, 5, 2, 5)])
    func nonsingular(lower: Double, upper: Double, widenedLower: Double, widenedUpper: Double) {
        let widened = LinearScale.nonsingular(lower...upper)
        #expect(widened == widenedLower...widenedUpper)
        #expect(LinearScale(domain: lower...upper, range: (0, 1)).domain == widenedLower...widenedUpper)
    }

    @Test("a zero-width domain still maps to finite pixels, the value itself to the middle")
    func zeroWidthDomain() {
        let scale = LinearScale(domain: 4...4, range: (0, 200))
        #expect(scale(4) == 100)
        #expect(scale(3.8).isFinite && scale(4.2).isFinite)
    }

    @Test("NaN and infinities stay non-finite, so a line breaks there instead of spiking")
    func nonFiniteValues() {
        let x = LinearScale(domain: 0...1, range: (0, 100))
        let y = LinearScale(domain: 0...1, range: (100, 0))
        #expect(x(.nan).isNaN)
        #expect(y(.nan).isNaN)
        #expect(x(.infinity) == .infinity)
        #expect(x(-.infinity) == -.infinity)
        #expect(y(.infinity) == -.infinity)
        #expect(!y(-.infinity).isFinite)
    }

    // MARK: Panel views (expected: matplotlib's ax.plot(xs, ys) then get_xlim(), get_ylim())

    @Test("the view fits the data with 5% margins: plot([0, 10], [-3, 5]) gives (-0.5, 10.5) and (-3.4, 5.4)")
    func margins() {
        let panel = Panel(series: [Series(label: "", xs: [0, 10], ys: [-3, 5], color: .black)])
        expectClose(panel.xView, -0.5...10.5)
        expectClose(panel.yView, -3.4...5.4)
    }

    @Test("a flat curve is widened first: plot([0, 1], [2, 2]) gives y (1.89, 2.11)")
    func flatCurve() {
        let panel = Panel(series: [Series(label: "", xs: [0, 1], ys: [2, 2], color: .black)])
        expectClose(panel.xView, -0.05...1.05)
        expectClose(panel.yView, 1.89...2.11)
    }

    @Test("samples with a non-finite y are left out of both views: plot([0, 1, 2, 3], [1, -4, 0, nan])")
    func nonFiniteSamplesIgnored() {
        for last in [Double.nan, .infinity] {
            let panel = Panel(series: [Series(label: "", xs: [0, 1, 2, 3], ys: [1, -4, 0, last], color: .black)])
            expectClose(panel.xView, -0.1...2.1)
            expectClose(panel.yView, -4.25...1.25)
        }
    }

    @Test("fixed limits win, and only the samples visible in x decide the y view")
    func fixedLimits() {
        let xs = Array(stride(from: 0.0, through: 10, by: 1))
        let panel = Panel(series: [Series(label: "", xs: xs, ys: xs.map { $0 * $0 }, color: .black)],
                          xLimits: 0...2, yLimits: nil)
        #expect(panel.xView == 0...2)
        // y over x in [0, 2] is 0, 1, 4: [0, 4] with 5% margins, not [0, 100].
        expectClose(panel.yView, -0.2...4.2)
        var fixed = panel
        fixed.yLimits = -1...1
        #expect(fixed.yView == -1...1)
    }

    @Test("a panel with no finite data shows [0, 1]")
    func emptyPanel() {
        let panel = Panel(series: [Series(label: "", xs: [0, 1], ys: [.nan, .nan], color: .black)])
        #expect(panel.xView == 0...1)
        #expect(panel.yView == 0...1)
    }

    private func expectClose(_ actual: ClosedRange<Double>, _ expected: ClosedRange<Double>,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let tolerance = 1e-12 * max(1, abs(expected.lowerBound), abs(expected.upperBound))
        #expect(abs(actual.lowerBound - expected.lowerBound) <= tolerance
                    && abs(actual.upperBound - expected.upperBound) <= tolerance,
                "\(actual) is not \(expected)", sourceLocation: sourceLocation)
    }
}
