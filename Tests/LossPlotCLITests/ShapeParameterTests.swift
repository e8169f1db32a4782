import Plotting
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("Comparing shape parameters: sweeps, colour bars, small multiples, gradient panels")
struct ShapeParameterTests {
    static func figure(_ arguments: [String]) throws -> Figure {
        let run = try plotRun(arguments)
        let (builder, options) = (run.builder, run.options)
        return builder.figure(options)
    }

    @Test("--delta 0.1:5:12 gives 12 evenly spaced values; --geometric spaces them by a constant ratio")
    func sweeps() throws {
        let even = try spec(["huber", "--delta", "0.1:5:12"]).curves.compactMap { $0.value(of: .delta) }
        #expect(even.count == 12)
        #expect(even.first == 0.1 && even.last == 5)
        for (a, b) in zip(even, even.dropFirst()) { #expect(abs((b - a) - 4.9 / 11) < 1e-12) }
        let geometric = try spec(["huber", "--delta", "0.1:10:5", "--geometric"]).curves.compactMap { $0.value(of: .delta) }
        for (a, b) in zip(geometric, geometric.dropFirst()) { #expect(abs(b / a - 10.0.squareRoot()) < 1e-12) }
    }

    @Test("more than six curves of one parameter: viridis colours, a colour bar, no legend")
    func colorBar() throws {
        let f = try Self.figure(["pseudo-huber", "--delta", "0.1:5:7"])
        #expect(f.colorBar?.label == "δ")
        #expect(f.colorBar?.range == 0.1...5)
        #expect(f.panels[0].legend == .none)
        // The ends of the sweep take viridis's ends: #440154 and #fde725.
        #expect(f.panels[0].series.first?.color == Color(hex: 0x440154))
        #expect(f.panels[0].series.last?.color == Color(hex: 0xFDE725))
        #expect(try Self.figure(["pseudo-huber", "--delta", "0.1:5:6"]).colorBar == nil)
    }

    @Test("--facet delta: one panel per delta with shared axes and one legend")
    func facets() throws {
        let f = try Self.figure(["huber", "pseudo-huber", "--delta", "0.25,1,4", "--facet", "delta"])
        #expect(f.panels.map(\.title) == ["δ = 0.25", "δ = 1", "δ = 4"])
        #expect(f.panels.allSatisfy { $0.series.map(\.label) == ["huber", "pseudo-huber"] })
        #expect(Set(f.panels.map(\.xView)).count == 1)
        #expect(Set(f.panels.map(\.yView)).count == 1)
        #expect(f.panels.filter { $0.legend != .none }.count == 1)
        // A label keeps its colour from panel to panel.
        #expect(Set(f.panels.map { $0.series[0].color }).count == 1)
    }

    @Test("--facet loss: one panel per loss, curves labelled by delta")
    func facetByLoss() throws {
        let f = try Self.figure(["huber", "pseudo-huber", "--delta", "0.5,2", "--facet", "loss"])
        #expect(f.panels.map(\.title) == ["huber", "pseudo-huber"])
        #expect(f.panels[0].series.map(\.label) == ["δ = 0.5", "δ = 2"])
    }

    @Test("--gradient: losses and derivatives side by side, sharing the x axis")
    func gradientPanels() throws {
        let f = try Self.figure(["barron", "--range", "-6:6", "--gradient"])
        #expect(f.panels.count == 2)
        #expect(f.columns == 2)
        #expect(f.panels[0].xView == f.panels[1].xView)
        #expect(f.panels[0].series.map(\.label) == ["α = −∞", "α = −2", "α = 0", "α = 1", "α = 2"])
    }

    @Test("--facet with an unknown dimension or with --gradient is refused")
    func facetErrors() {
        #expect(failure(["huber", "--facet", "colour"])?.message
            == "Error: --facet: 'colour' is not something to split by; use one of loss, delta, alpha, beta, tau, pos-weight, gamma, q, power, period, margin, width, var, poly-epsilon, label-smoothing")
        #expect(failure(["huber", "--facet", "delta", "--gradient"])?.message
            == "Error: --facet: cannot be combined with --gradient or --derivative; draw the derivatives in a figure of their own")
    }
}
