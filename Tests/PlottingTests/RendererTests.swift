import Foundation
import PlottingTestSupport
import Testing
@testable import Plotting

@Suite("FigureRenderer on a RecordingCanvas: curves, clipping, breaks and text")
struct RendererTests {
    /// matplotlib at 100 dpi: 1 pt is 100/72 px.
    static let point = 100.0 / 72.0

    /// Three curves over [-3, 3], each with its own colour, dash pattern and width.
    static func threeCurves(yLimits: ClosedRange<Double>? = nil) -> Figure {
        let xs = linspace(-3, 3, 241)
        let panel = Panel(series: [
            Series(label: "L2", xs: xs, ys: xs.map { $0 * $0 }, color: .matplotlibBlue),
            Series(label: "L1", xs: xs, ys: xs.map { abs($0) }, color: .matplotlibRed, lineStyle: .dashed),
            Series(label: "Huber", xs: xs, ys: xs.map { abs($0) <= 1 ? $0 * $0 / 2 : abs($0) - 0.5 },
                   color: .matplotlibGreen, lineStyle: .dashDot, width: 2),
        ], title: "Regression losses", xLabel: "residual", yLabel: "loss", yLimits: yLimits)
        return Figure(size: Size(640, 480), title: "Three losses", panels: [panel])
    }

    @Test("each curve is stroked in its colour, width and matplotlib's dash pattern times the width")
    func strokes() {
        let strokes = record(Self.threeCurves()).clippedStrokes
        #expect(strokes.count == 3)
        guard strokes.count == 3 else { return }
        #expect(strokes.map(\.1.color) == [.matplotlibBlue, .matplotlibRed, .matplotlibGreen])
        // Line widths in points (1.5, 1.5, 2) at 100/72 px a point.
        let widths = [1.5 * Self.point, 1.5 * Self.point, 2 * Self.point]
        #expect(zip(strokes.map(\.1.width), widths).allSatisfy { abs($0 - $1) < 1e-12 })
        // rcParams lines.dashed_pattern (3.7, 1.6) and lines.dashdot_pattern (6.4, 1.6, 1, 1.6), scaled by the width.
        let dashes: [[Double]] = [[], [3.7, 1.6].map { $0 * widths[1] }, [6.4, 1.6, 1, 1.6].map { $0 * widths[2] }]
        for (stroke, expected) in zip(strokes, dashes) {
            #expect(stroke.1.dashes.count == expected.count)
            #expect(zip(stroke.1.dashes, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(stroke.1.dashes)")
        }
    }

    @Test("curves are clipped to the plot area, which is the rectangle the spines outline")
    func clipIsPlotArea() {
        let canvas = record(Self.threeCurves())
        let spines = canvas.outlines(width: 0.8 * Self.point)
        #expect(spines.count == 1)
        for (path, _, clip) in canvas.clippedStrokes {
            #expect(clip == spines.first)
            #expect(path.subpaths.joined().allSatisfy(clip.contains))
        }
        // The area sits inside the figure, with room left for the text around it.
        if let area = spines.first {
            #expect(area.minX > 40 && area.maxX < 640 && area.minY > 20 && area.maxY < 440, "\(area)")
        }
    }

    @Test("with y limits narrower than the data the curves end on the area's edge, none outside")
    func clippedByLimits() {
        let canvas = record(Self.threeCurves(yLimits: 0...2))
        var onTop = 0
        for (path, _, clip) in canvas.clippedStrokes {
            let points = path.subpaths.joined()
            #expect(points.allSatisfy(clip.contains))
            onTop += points.filter { $0.y == clip.minY }.count
        }
        // L2 leaves the top at x = ±√2, L1 and Huber at ±2 and ±2.5: two cuts a curve.
        #expect(onTop == 6)
    }

    @Test("a cut lands where the curve meets the limit: y = x² leaves y = 2 at x = ±√2")
    func cutPosition() throws {
        let canvas = record(Self.threeCurves(yLimits: 0...2))
        let (path, _, clip) = try #require(canvas.clippedStrokes.first)
        // x view [-3.3, 3.3] (5% margins on [-3, 3]) across the area's width.
        let pixel = { (x: Double) in clip.minX + (x + 3.3) / 6.6 * clip.width }
        let cuts = path.subpaths.joined().filter { $0.y == clip.minY }.map(\.x)
        #expect(cuts.count == 2)
        // The chord between samples 0.025 apart misses the parabola by at most 0.025² / 4.
        for (cut, x) in zip(cuts.sorted(), [-2.0.squareRoot(), 2.0.squareRoot()]) {
            #expect(abs(cut - pixel(x)) < 0.01 * clip.width / 6.6, "\(cut) vs \(pixel(x))")
        }
    }

    @Test("a NaN splits a curve into separate subpaths, ending and starting at the samples around it")
    func nanSplits() throws {
        let xs = linspace(0, 10, 11)
        var ys = xs.map { $0 / 10 }
        ys[4] = .nan
        let figure = Figure(panels: [Panel(series: [Series(label: "", xs: xs, ys: ys, color: .black)],
                                           xLimits: 0...10, yLimits: 0...1)])
        let (path, _, clip) = try #require(record(figure).clippedStrokes.first)
        #expect(path.subpaths.count == 2)
        #expect(path.subpaths.map(\.count) == [4, 6])
        // y = x / 10 on a 0...10 by 0...1 view runs corner to corner: x = 3 and x = 5 are 3/10 and 1/2 along.
        let last = try #require(path.subpaths.first?.last), first = try #require(path.subpaths.last?.first)
        #expect(abs(last.x - (clip.minX + 0.3 * clip.width)) < 1e-9 && abs(last.y - (clip.maxY - 0.3 * clip.height)) < 1e-9)
        #expect(abs(first.x - clip.midX) < 1e-9 && abs(first.y - clip.midY) < 1e-9)
    }

    @Test("tick labels are matplotlib's for xlim (0, 10) and ylim (-1, 1)")
    func tickLabels() {
        let xs = linspace(0, 10, 50)
        let figure = Figure(panels: [Panel(series: [Series(label: "", xs: xs, ys: xs.map { sin($0) }, color: .black)],
                                           xLimits: 0...10, yLimits: -1...1)])
        let texts = record(figure).texts
        // matplotlib 3.11: plt.subplots(); set_xlim(0, 10); set_ylim(-1, 1); draw; get_*ticklabels().
        let xLabels = ["0", "2", "4", "6", "8", "10"]
        let yLabels = ["−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"]
        #expect(xLabels.allSatisfy(texts.contains), "\(texts)")
        #expect(yLabels.allSatisfy(texts.contains), "\(texts)")
    }

    @Test("axis labels, the panel title and the figure title are drawn where they belong")
    func labelsAndTitles() throws {
        let canvas = record(Self.threeCurves())
        let area = try #require(canvas.outlines(width: 0.8 * Self.point).first)
        let texts = Dictionary(canvas.drawnTexts.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        let xLabel = try #require(texts["residual"]), yLabel = try #require(texts["loss"])
        let title = try #require(texts["Regression losses"]), figureTitle = try #require(texts["Three losses"])
        #expect(xLabel.box.minY > area.maxY)
        #expect(yLabel.box.maxX < area.minX && yLabel.angle == .pi / 2)
        #expect(title.box.maxY < area.minY)
        #expect(figureTitle.box.maxY <= title.box.minY + 1e-9)
        #expect(figureTitle.style.size > title.style.size)
    }
}
