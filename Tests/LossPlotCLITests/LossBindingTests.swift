import ArgumentParser
import Foundation
import LossFunctions
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("LOSS:NAME=VALUES binds parameter values to one loss; the flags apply to every loss that takes them")
struct LossBindingTests {
    @Test("huber:delta=1.345 tukey:delta=4.685 draws two curves, each labelled with its value")
    func twoLosses() throws {
        let s = try spec(["huber:delta=1.345", "tukey:delta=4.685"])
        #expect(s.curves.map(\.loss) == [.huber, .tukey])
        #expect(s.curves.map { $0.value(of: .delta) } == [1.345, 4.685])
        #expect(s.curves.map(\.label) == ["huber, δ = 1.345", "tukey, c = 4.685"])
    }

    @Test("the flag still gives every loss each of its values")
    func flagForAll() throws {
        let s = try spec(["huber", "tukey", "--delta", "1.345,4.685"])
        #expect(s.curves.map { $0.value(of: .delta) } == [1.345, 4.685, 1.345, 4.685])
    }

    @Test("a binding replaces the flag's values for its loss only; a sweep LO:HI:N gives one curve per value")
    func bindingOverFlag() throws {
        let s = try spec(["huber", "tukey:delta=2:6:3", "--delta", "1"])
        #expect(s.curves.map(\.loss) == [.huber, .tukey, .tukey, .tukey])
        #expect(s.curves.map { $0.value(of: .delta) } == [1, 2, 4, 6])
    }

    @Test("one loss drawn twice names its value on each curve: huber:delta=1 huber --delta 3")
    func sameLossTwice() throws {
        let s = try spec(["huber:delta=1", "huber", "--delta", "3"])
        #expect(s.curves.map { $0.value(of: .delta) } == [1, 3])
        #expect(s.curves.map(\.label) == ["huber, δ = 1", "huber, δ = 3"])
    }

    @Test("beside other losses, a flag's value is named on each curve unless the title names it for all")
    func flagValuesNamed() throws {
        let mixed = try spec(["tukey:delta=1", "huber", "--delta", "2", "tukey"])
        #expect(mixed.curves.map(\.label) == ["tukey, c = 1", "huber, δ = 2", "tukey, c = 2"])
        // One symbol and one value for every curve: in the title, not on each curve.
        let shared = try spec(["huber", "pseudo-huber", "--delta", "1"])
        #expect(shared.title == "huber and pseudo-huber, δ = 1, target 0")
        #expect(shared.curves.map(\.label) == ["huber", "pseudo-huber"])
        // Two symbols (Huber's δ, Tukey's c): on each curve.
        #expect(try spec(["huber", "tukey", "--delta", "2"]).curves.map(\.label) == ["huber, δ = 2", "tukey, c = 2"])
    }

    @Test("a flag every loss taking it overrides with its own binding changes nothing: refused")
    func flagOverridden() {
        #expect(failure(["huber:delta=1", "--delta", "2", "--out", "/tmp/never.png"])?.message
            == "Error: --delta: '2' changes nothing: every loss that takes delta has its own (huber:delta=...)")
    }

    @Test("several bindings of one loss: focal:gamma=0,2:alpha=0.25")
    func severalBindings() throws {
        let s = try spec(["focal:gamma=0,2:alpha=0.25"])
        #expect(s.curves.map { $0.value(of: .gamma) } == [0, 2])
        #expect(s.curves.map { $0.value(of: .alpha) } == [0.25, 0.25])
        #expect(s.curves.map(\.label) == ["γ = 0", "γ = 2"])
        #expect(s.title == "focal, α = 0.25, ε = 0, target 1")
    }

    @Test("the default file is named after the losses, without their bindings")
    func fileName() throws {
        #expect(try request(["huber:delta=1.345", "tukey:delta=4.685"]).destination.name == "huber-tukey.png")
    }

    static let badBindings: [(arguments: [String], message: String)] = [
        (["tukey:gamma=1"], "Error: tukey:gamma: tukey takes no gamma; it takes delta"),
        (["l1:delta=1"], "Error: l1:delta: l1 takes no delta; it takes no parameters"),
        (["huber:delta=-1"], "Error: huber:delta: '-1' is not allowed; it must be a finite number > 0"),
        (["huber:delta=abc"], "Error: huber:delta: 'abc' is not a number"),
        (["huber:foo=1"], "Error: 'huber:foo=1': 'foo' is not a loss parameter; use one of delta, alpha, beta, tau, pos-weight, gamma, q, power, period, margin, width, var, poly-epsilon, label-smoothing"),
        (["huber:delta"], "Error: 'huber:delta': 'delta' is not NAME=VALUES; bind a parameter to a loss as LOSS:NAME=VALUES, e.g. huber:delta=1.345"),
        (["huber:delta=1:delta=2"], "Error: 'huber:delta=1:delta=2': delta is given twice; give its values once, as a list a,b or a sweep LO:HI:N"),
        (["hubr:delta=1"], "Error: loss: unknown loss 'hubr'; did you mean 'huber'?"),
    ]

    @Test("a bad binding is refused in one line naming it, exit code 1", arguments: badBindings.indices)
    func bad(index: Int) throws {
        let (arguments, message) = Self.badBindings[index]
        let result = try #require(failure(arguments + ["--out", "/nonexistent-folder/f.png"]))
        #expect(result.message == message)
        #expect(result.exitCode == 1)
    }

    @Test("plot --help explains the binding in the losses argument's help and the discussion")
    func help() {
        let help = PlotCommand.helpMessage(columns: 200)
        #expect(help.contains("LOSS:NAME=VALUES[:NAME=VALUES...]"))
        #expect(help.contains("loss-plot huber:delta=1.345 tukey:delta=4.685 --range -8:8"))
    }
}
