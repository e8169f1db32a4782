import Foundation
import PlottingTestSupport
import Testing
@testable import Plotting

@Suite("Legend placement: matplotlib's 'best' avoids the curves")
struct LegendTests {
    static let area = Rect(x: 0, y: 0, width: 400, height: 300)
    /// rcParams legend.borderaxespad 0.5 em of a 10 pt font at 100 dpi.
    static let pad = 0.5 * 10 * 100 / 72

    static func legend() -> Legend {
        let series = ["L2", "Huber"].map { Series(label: $0, xs: [0], ys: [0], color: .black) }
        return Legend(series: series + [Series(label: "", xs: [0], ys: [0], color: .black)], canvas: RecordingCanvas(), maxLabelWidth: 1000)
    }

    /// A zigzag filling a box of the area with vertices every 5 px.
    static func zigzag(_ box: Rect) -> [Point] {
        stride(from: box.minX, through: box.maxX, by: 5).enumerated().map { i, x in
            Point(x, i.isMultiple(of: 2) ? box.minY : box.maxY)
        }
    }

    @Test("only labelled curves get an entry")
    func entries() {
        #expect(Self.legend().entries.map(\.series.label) == ["L2", "Huber"])
    }

    @Test("with the upper right taken, 'best' takes the upper left, as matplotlib's order prefers")
    func upperRightTaken() {
        let legend = Self.legend()
        let curve = Self.zigzag(Rect(x: 200, y: 0, width: 200, height: 150))
        let frame = legend.frame(at: .best, in: Self.area, curves: [[curve]])
        #expect(frame == Rect(x: Self.pad, y: Self.pad, width: legend.size.width, height: legend.size.height))
        #expect(!passesThrough(curve, frame))
    }

    @Test("with the top half taken, 'best' goes to the lower left")
    func topTaken() {
        let legend = Self.legend()
        let curve = Self.zigzag(Rect(x: 0, y: 0, width: 400, height: 150))
        let frame = legend.frame(at: .best, in: Self.area, curves: [[curve]])
        #expect(frame == Rect(x: Self.pad, y: 300 - Self.pad - legend.size.height,
                              width: legend.size.width, height: legend.size.height))
        #expect(!passesThrough(curve, frame))
    }

    @Test("a curve that only passes through a corner, with no vertex there, still keeps the legend out")
    func crossingWithoutVertices() {
        let legend = Self.legend()
        // One long segment across the upper right corner: no vertex inside any candidate box.
        let curve = [Point(250, -10), Point(410, 120)]
        let frame = legend.frame(at: .best, in: Self.area, curves: [[curve]])
        #expect(frame.minX == Self.pad && frame.minY == Self.pad)
        #expect(!passesThrough(curve, frame))
    }

    @Test("a fixed position is taken as asked, whatever it covers", arguments: [
        (LegendPosition.upperRight, 1.0, 0.0), (.lowerLeft, 0, 1), (.center, 0.5, 0.5), (.lowerCenter, 0.5, 1),
    ])
    func fixedPositions(position: LegendPosition, across: Double, down: Double) {
        let legend = Self.legend()
        let frame = legend.frame(at: position, in: Self.area, curves: [[Self.zigzag(Self.area)]])
        // Across the room the box leaves free: `pad` from either edge at the sides, halfway in the middle.
        let free = Size(400 - legend.size.width, 300 - legend.size.height)
        let x = across == 0.5 ? free.width / 2 : Self.pad + across * (free.width - 2 * Self.pad)
        let y = down == 0.5 ? free.height / 2 : Self.pad + down * (free.height - 2 * Self.pad)
        #expect(abs(frame.minX - x) < 1e-9 && abs(frame.minY - y) < 1e-9, "\(frame)")
    }

    @Test("drawn with 'best', the legend box covers no curve when a free corner exists",
          arguments: ["upper left", "upper right"])
    func drawnLegendAvoidsCurves(occupied: String) throws {
        // exp(-2x) over [0, 5] rises into the upper left corner of the view, exp(2(x - 5)) into the upper right.
        let xs = linspace(0, 5, 200)
        let ys = occupied == "upper left" ? xs.map { exp(-2 * $0) } : xs.map { exp(2 * ($0 - 5)) }
        let panel = Panel(series: [Series(label: "loss", xs: xs, ys: ys, color: .matplotlibBlue),
                                   Series(label: "gradient", xs: xs, ys: ys.map { $0 / 2 }, color: .matplotlibRed)])
        let canvas = record(Figure(panels: [panel]))
        let frame = try #require(canvas.fills(Theme.light.legendFace).first)
        let area = try #require(canvas.clippedStrokes.first?.2)
        for (path, _, _) in canvas.clippedStrokes {
            for line in path.subpaths { #expect(!passesThrough(line, frame), "\(frame)") }
        }
        #expect(frame.minY < area.midY)
        #expect(occupied == "upper left" ? frame.minX > area.midX : frame.maxX < area.midX)
    }
}
