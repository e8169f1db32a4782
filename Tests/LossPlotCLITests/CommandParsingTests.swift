import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("Command parsing: defaults follow FIGURES.md")
struct CommandParsingTests {
    @Test("`loss-plot l1 l2` is the article's figure: linspace(-1, 1, 100), target 0")
    func articleDefaults() throws {
        let s = try spec(["l1", "l2", "--out", "fig.png"])
        #expect(s.range == [-1, 1])
        #expect(s.samples == 100)
        #expect(s.curves.map(\.loss.name) == ["l1", "l2"])
        #expect(s.curves.map(\.label) == ["l1", "l2"])
        #expect(s.curves.map(\.target) == [0, 0])
    }

    @Test("huber draws one curve per delta of its figure, labelled by delta")
    func huberDeltas() throws {
        let s = try spec(["huber"])
        #expect(s.curves.map { $0.value(of: .delta) } == [0.5, 1, 2])
        #expect(s.curves.map(\.label) == ["δ = 0.5", "δ = 1", "δ = 2"])
    }

    @Test("--delta takes a list or an even sweep LO:HI:N")
    func deltaLists() throws {
        #expect(try spec(["huber", "--delta", "0.5,1"]).curves.map { $0.value(of: .delta) } == [0.5, 1])
        #expect(try spec(["huber", "--delta", "1:3:3"]).curves.map { $0.value(of: .delta) } == [1, 2, 3])
        #expect(try spec(["huber", "--delta", "1:100:3", "--geometric"]).curves.map { $0.value(of: .delta) } == [1, 10, 100])
    }

    @Test("a loss on probabilities takes its FIGURES.md sweep")
    func probabilitySweep() throws {
        let s = try spec(["binary-cross-entropy"])
        #expect(s.range == [0.001, 0.999])
        #expect(s.samples == 500)
        #expect(s.curves.map(\.label) == ["t = 1", "t = 0"])
    }

    @Test("negative numbers are values, not flags")
    func negativeValues() throws {
        let s = try spec(["l1", "--range", "-3:-1", "--target", "-2", "--ylim", "-1:5"])
        #expect(s.range == [-3, -1])
        #expect(s.curves[0].target == -2)
        #expect(s.yLimits == [-1, 5])
    }

    @Test("aliases name the same loss")
    func aliases() throws {
        #expect(try spec(["mae", "mse"]).curves.map(\.loss.name) == ["l1", "l2"])
    }

    @Test("--label replaces the labels in order")
    func labels() throws {
        let s = try spec(["l1", "l2", "--label", "absolute", "--label", "squared"])
        #expect(s.curves.map(\.label) == ["absolute", "squared"])
    }
}
