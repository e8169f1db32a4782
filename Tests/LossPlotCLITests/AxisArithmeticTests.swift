import Foundation
import Plotting
import TestUtilities
import PlottingTestSupport
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// Issue 10, part 4: every value is finite, so the figure must show the curve, with finite limits,
/// margins and ticks, on every drawing path: panels, facets, derivative panels, colour bars, the
/// terminal chart, and every axis scale.
@Suite("Axis arithmetic near the largest double draws the curve, never an empty figure")
struct AxisArithmeticTests {
    static let commandLines: [[String]] = [
        ["l1", "--range", "0:1.7e308"],
        ["l1", "--range", "-1.7e308:-1e308"],
        ["l1", "--range", "1.7e308:1.79e308"],
        ["l2", "--range", "-8e307:8e307", "--samples", "101", "--gradient"],
        ["l1", "--range", "-8.9e307:8.9e307", "--gradient"],
        ["l2", "--range", "-1e154:1e154", "--derivative", "1,2"],
        ["l2", "--range", "0:1e154", "--factor", "1.7"],
        ["l1", "l2", "--facet", "loss", "--range", "0:1.7e308"],
        ["huber", "--delta", "1e-300:1e300:7", "--geometric", "--range", "-1e150:1e150"],
        ["huber", "--delta", "1e-300:1.7e308:7", "--range", "0:1.7e308"],
        ["l2", "--range", "1e-300:1e300", "--xscale", "log", "--yscale", "log"],
        ["l2", "--range", "-1e300:1e300", "--xscale", "symlog", "--yscale", "symlog"],
        ["l1", "--range", "0:1.7e308", "--xscale", "symlog", "--gradient"],
        ["binary-cross-entropy", "--target", "1", "--range", "1e-300:1", "--xscale", "logit", "--yscale", "log"],
        ["l1", "--range", "1e-320:1e-300", "--xscale", "log"],
    ]

    @Test("every curve shows, every tick and label is finite and the ticks are not absurdly many", arguments: commandLines)
    func drawn(arguments: [String]) throws {
        let builder = try FigureBuilder(try spec(arguments + ["--out", "x.png"]))
        let figure = builder.figure(RenderOptions())
        #expect(figure.hiddenCurves.isEmpty, "\(figure.hiddenCurves) show nothing")
        let canvas = RecordingCanvas()
        let layout = FigureLayout(figure: figure, canvas: canvas)
        for g in layout.panels {
            for ticks in [g.xTicks, g.yTicks] {
                // matplotlib's symlog and logit locators keep up to 15 decades and more.
                #expect((2...31).contains(ticks.values.count), "\(ticks.values)")
                #expect(ticks.values.allSatisfy { $0.isFinite })
                #expect(ticks.view.lowerBound.isFinite && ticks.view.upperBound.isFinite)
                #expect(Set(ticks.labels).count == ticks.labels.count, "\(ticks.labels)")
            }
        }
        if let bar = layout.colorBarTicks {
            #expect(bar.values.count >= 2 && bar.values.allSatisfy { $0.isFinite }, "\(bar.values)")
        }
        FigureRenderer(figure).draw(on: canvas)
        for case let .stroke(path, _, _) in canvas.commands {
            #expect(path.subpaths.allSatisfy { $0.allSatisfy { $0.x.isFinite && $0.y.isFinite } })
        }
        // The terminal chart draws the first panel; where that holds a single finite sample, its
        // curve's letter covers the one dot.
        let finite = figure.panels[0].series.map { $0.ys.filter(\.isFinite).count }.max() ?? 0
        let chart = TerminalChart(figure: figure, columns: 80, rows: 24, color: false).render()
        #expect(finite < 2 || chart.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "the terminal chart draws no curve")
    }
}
