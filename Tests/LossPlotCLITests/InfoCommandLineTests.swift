import Foundation
import LossFunctions
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("info NAME prints the default figure's command in full, and running it draws the default figure")
struct InfoCommandLineTests {
    /// The words of the `draw it:` line of `info NAME`, after `loss-plot`.
    static func drawLine(_ name: String) throws -> [String] {
        let info = LossText.info(try #require(Catalog.named(name)))
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("draw it:") })
        let words = line.dropFirst("draw it:".count).split(separator: " ").map(String.init)
        #expect(words.first == "loss-plot")
        return Array(words.dropFirst())
    }

    @Test("huber's line spells out its defaults")
    func huber() throws {
        #expect(try Self.drawLine("huber").joined(separator: " ")
            == "huber --delta 0.5,1,2 --range -3:3 --samples 601 --target 0 --out huber.png")
        #expect(try Self.drawLine("softmax-cross-entropy").joined(separator: " ")
            == "softmax-cross-entropy --label-smoothing 0 --range -5:15 --samples 501 --target 0.1,0.02,0.88 --rest -3,10 --out softmax-cross-entropy.png")
    }

    @Test("a property's word agrees with its answer: Tukey's biweight is not convex, L2 is; Huber is symmetric, MSLE not")
    func propertyWords() throws {
        let lines = { (name: String) in LossText.info(try #require(Catalog.named(name))).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(try lines("tukey").contains("convex: no (some chord dips below the curve)"))
        #expect(try lines("l2").contains("convex: yes (every chord lies on or above the curve)"))
        #expect(try lines("huber").contains("symmetric: yes (f(-r) = f(r))"))
        #expect(try lines("msle").contains("symmetric: no (f(-r) differs from f(r))"))
    }

    @Test("the command's figure spec is the default request's", arguments: Catalog.all.map(\.name))
    func sameFigure(name: String) throws {
        let spelled = try spec(Self.drawLine(name))
        let plain = try spec([name])
        #expect(spelled == plain)
    }
}
