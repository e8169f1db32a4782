import Foundation
import PlottingTestSupport
import Testing
@testable import Plotting

@Suite("Layout at small, default and large sizes: all text fits and tick labels keep apart")
struct MarginTests {
    static let sizes = [Size(320, 240), Size(640, 480), Size(1920, 1080)]

    /// A figure with everything around its plot area: titles, axis labels, a legend, and y values
    /// large enough for a "×10⁷" offset text above the axis when `large` is set.
    static func figure(size: Size, large: Bool) -> Figure {
        let xs = linspace(-1.1, 1.1, 101)
        let scale = large ? 1.2e7 : 1
        let panel = Panel(series: [
            Series(label: "squared error", xs: xs, ys: xs.map { scale * $0 * $0 }, color: .matplotlibBlue),
            Series(label: "absolute error", xs: xs, ys: xs.map { scale * abs($0) }, color: .matplotlibRed, lineStyle: .dashed),
        ], title: "Regression losses", xLabel: "residual y − ŷ", yLabel: "loss")
        return Figure(size: size, title: "Losses against the residual", panels: [panel])
    }

    static var cases: [(Size, Bool)] { sizes.flatMap { [($0, false), ($0, true)] } }

    @Test("every text's box lies inside the figure", arguments: cases)
    func textInsideFigure(size: Size, large: Bool) {
        let canvas = record(Self.figure(size: size, large: large))
        let figure = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let outside = canvas.drawnTexts.filter { !encloses(figure, $0.box) }
        #expect(outside.isEmpty, "\(outside.map { "\($0.text): \($0.box)" })")
        if large { #expect(canvas.texts.contains("×10⁷")) }
    }

    @Test("tick labels do not overlap each other, the axis labels or the plot area", arguments: cases)
    func tickLabelsApart(size: Size, large: Bool) throws {
        let canvas = record(Self.figure(size: size, large: large))
        let area = try #require(canvas.outlines(width: 0.8 * 100 / 72).first)
        let texts = canvas.drawnTexts
        // Tick labels are the numbers: they start with a digit or a minus sign.
        let ticks = texts.filter { $0.text.first.map { $0.isNumber || $0 == "−" } ?? false }
        let others = texts.filter { ["residual y − ŷ", "loss", "Regression losses", "×10⁷"].contains($0.text) }
        #expect(ticks.count >= 6)
        for (i, a) in ticks.enumerated() {
            for b in ticks[(i + 1)...] {
                #expect(!overlap(a.box, b.box), "\(a.text) \(a.box) and \(b.text) \(b.box)")
            }
            for b in others { #expect(!overlap(a.box, b.box), "\(a.text) \(a.box) and \(b.text) \(b.box)") }
            #expect(!overlap(a.box, area), "\(a.text) \(a.box) on the plot area \(area)")
        }
    }
}
