import Foundation
import PlottingTestSupport
import Testing
@testable import Plotting

/// Issue 22's paper figure in the figure model: the base font size, a legend outside the axes,
/// and the smallest size a figure can be drawn at. Text metrics are the recording canvas's
/// (0.6 em a character, 1.2 em a line), so expected values are closed forms of those.
@Suite("Paper figure: font size, legend outside the axes, smallest size")
struct PaperFigureTests {
    static func figure(size: Size = Size(640, 480), points: Double = 10, legend: LegendPosition = .best,
                       panels count: Int = 1) -> Figure {
        let xs = linspace(-1, 1, 51)
        let panels = (0..<count).map { i in
            Panel(series: [
                Series(label: "δ = 1", xs: xs, ys: xs.map { $0 * $0 }, color: .matplotlibBlue),
                Series(label: "δ = 2", xs: xs, ys: xs.map { abs($0) }, color: .matplotlibRed),
            ], title: count > 1 ? "panel \(i)" : nil, xLabel: "residual", yLabel: "loss", legend: i == 0 ? legend : .none)
        }
        var figure = Figure(size: size, title: "Huber", panels: panels, columns: count)
        figure.text = TextSizes(points: points)
        return figure
    }

    @Test("text is drawn at the base size in points, the title at 1.2 times it (matplotlib's medium and large)",
          arguments: [6.0, 8, 10, 14])
    func fontSizes(points: Double) {
        let texts = record(Self.figure(points: points)).drawnTexts
        let pixelsPerPoint = 100.0 / 72
        #expect(texts.first { $0.text == "Huber" }?.style.size == points * 1.2 * pixelsPerPoint)
        for label in ["residual", "loss", "δ = 1"] {
            #expect(texts.first { $0.text == label }?.style.size == points * pixelsPerPoint, "\(label)")
        }
        let ticks = texts.filter { Double($0.text.replacingOccurrences(of: "\u{2212}", with: "-")) != nil }
        #expect(!ticks.isEmpty)
        #expect(ticks.allSatisfy { $0.style.size == points * pixelsPerPoint })
    }

    @Test("at 10 pt the sizes are FigureStyle's, which the committed gallery was drawn with")
    func defaultSizes() {
        let text = TextSizes()
        #expect(text.base == FigureStyle.fontSize)
        #expect(text.title == FigureStyle.titleSize)
    }

    @Test("a legend outside widens the figure by its width and a gap; the axes keep their size", arguments: [1, 2])
    func outsideLegend(panels: Int) throws {
        let canvas = RecordingCanvas()
        let inside = Self.figure(legend: .none, panels: panels)
        let outside = Self.figure(legend: .outside, panels: panels).widenedForOutsideLegend(measuringWith: canvas)
        // Recording metrics: "δ = 1" is 5 characters of 0.6 em; pads are matplotlib's in ems.
        let em = 10 * 100.0 / 72
        let legendWidth = 2 * 0.4 * em + 2 * em + 0.8 * em + 5 * 0.6 * em
        #expect(abs(outside.size.width - (640 + 0.5 * em + legendWidth)) < 1e-9)
        #expect(outside.size.height == 480)
        let before = FigureLayout(figure: inside, canvas: canvas), after = FigureLayout(figure: outside, canvas: canvas)
        #expect(before.panels.map(\.area) == after.panels.map(\.area))
        let frame = try #require(after.outsideLegendFrame)
        let last = try #require(after.panels.last).area
        #expect(frame.minX == last.maxX + 0.5 * em)
        #expect(frame.minY == after.panels[0].area.minY)
        #expect(frame.maxX <= outside.size.width)
        // Drawn once, outside every plot area.
        let drawn = record(outside).drawnTexts.filter { $0.text == "δ = 1" }
        #expect(drawn.count == 1)
        #expect(drawn.allSatisfy { $0.position.x > last.maxX })
    }

    @Test("a figure that fits has no smallest size to report; one too small gets a size that fits",
          arguments: [Size(10, 10), Size(100, 80), Size(2000, 60), Size(60, 2000)])
    func smallestSize(size: Size) throws {
        let canvas = RecordingCanvas()
        #expect(FigureLayout.smallestSize(of: Self.figure(), canvas: canvas) == nil)
        let smallest = try #require(FigureLayout.smallestSize(of: Self.figure(size: size), canvas: canvas))
        #expect(FigureLayout.smallestSize(of: Self.figure(size: smallest), canvas: canvas) == nil)
        let layout = FigureLayout(figure: Self.figure(size: smallest), canvas: canvas)
        let area = try #require(layout.panels.first).area
        #expect(area.width >= 40 * 100 / 72 && area.height >= 30 * 100 / 72)
    }

    @Test("the smallest size holds a short x label unwrapped; a long one wraps, as it does at any size",
          arguments: [10, 20, 40])
    func smallestHoldsText(characters: Int) throws {
        let canvas = RecordingCanvas()
        var figure = Self.figure(size: Size(10, 10))
        figure.panels[0].xLabel = String(repeating: "x", count: characters)
        let smallest = try #require(FigureLayout.smallestSize(of: figure, canvas: canvas))
        figure.size = smallest
        let area = try #require(FigureLayout(figure: figure, canvas: canvas).panels.first).area
        // Characters of 0.6 em at 10 pt, up to 12 em.
        let em = 10 * 100.0 / 72
        #expect(area.width >= min(Double(characters) * 0.6, 12) * em - 1e-9)
    }
}
