import Foundation
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit
@testable import Plotting

/// `--y NAME=LO:HI`: one loss over two variables, against closed forms.
@Suite("--y: a loss over two variables")
struct SurfaceCommandTests {
    func surface(_ arguments: [String]) throws -> Surface {
        let plot = try request(arguments)
        return try SurfaceRun(plot, levels: plot.levels.count, logLevels: plot.levels.logarithmic).surface
    }

    @Test("huber --y delta=0.1:3: the grid holds r²/2 inside δ and δ(|r| - δ/2) beyond, at every point")
    func huberOverDelta() throws {
        let s = try surface(["huber", "--y", "delta=0.1:3:30", "--range", "-3:3", "--out", "/tmp/never.png"])
        #expect(s.xs.count == SurfaceRun.columns && s.ys.count == 30)
        for j in stride(from: 0, to: s.ys.count, by: 7) {
            for i in stride(from: 0, to: s.xs.count, by: 13) {
                let r = s.xs[i], d = s.ys[j]
                let expected = abs(r) <= d ? r * r / 2 : d * (abs(r) - d / 2)
                #expect(abs(s.value(i, j) - expected) <= 1e-12 * max(1, expected))
            }
        }
        #expect(s.levels.count == 11)
    }

    @Test("softmax cross-entropy over two logits with the third fixed at 0 and target class 2: logsumexp(l0, l1, 0)")
    func softmaxTwoLogits() throws {
        let s = try surface(["softmax-cross-entropy", "--target", "0,0,1", "--rest", "0,0", "--y", "logit1=-5:5:11", "--range", "-5:5", "--out", "/tmp/never.png"])
        for (j, l1) in s.ys.enumerated() {
            for i in stride(from: 0, to: s.xs.count, by: 20) {
                let l0 = s.xs[i]
                let m = max(l0, l1, 0)
                let expected = m + log(exp(l0 - m) + exp(l1 - m) + exp(-m))
                #expect(abs(s.value(i, j) - expected) <= 1e-12 * max(1, expected))
            }
        }
    }

    @Test("--levels log:8 spaces nine cuts geometrically between the lowest and highest value")
    func logLevels() throws {
        let s = try surface(["log-cosh", "--y", "target=0.5:2", "--range", "3:6", "--levels", "log:8", "--out", "/tmp/never.png"])
        let ratios = zip(s.levels, s.levels.dropFirst()).map { $1 / $0 }
        #expect(s.levels.count == 9)
        for r in ratios { #expect(abs(r - ratios[0]) <= 1e-9 * ratios[0]) }
    }

    @Test("refusals name --y or the flag that cannot go with it", arguments: [
        (["huber", "--y", "alpha=0:1", "--out", "/tmp/never.png"], "Error: --y: huber takes no alpha"),
        (["huber", "l1", "--y", "delta=0.1:3", "--out", "/tmp/never.png"], "Error: --y: draws one loss over two variables; 2 losses are given"),
        (["huber", "--y", "delta=3:1", "--out", "/tmp/never.png"], "Error: --y: 'delta=3:1' needs LO < HI"),
        (["huber", "--y", "delta=0:3", "--out", "/tmp/never.png"], "Error: --y: delta 0 is not allowed for huber"),
        (["l2", "--y", "logit1=-1:1", "--out", "/tmp/never.png"], "Error: --y: logit1 moves the second logit of a row of logits"),
        (["huber", "--levels", "5", "--out", "/tmp/never.png"], "Error: --levels: the contour levels of a surface; add --y NAME=LO:HI"),
        (["huber", "--y", "delta=0.1:3", "--derivative", "1", "--out", "/tmp/never.png"], "Error: --derivative: a surface (--y)"),
    ])
    func refusals(arguments: [String], message: String) {
        let result = failure(arguments)
        #expect(result?.message.hasPrefix(message) == true, "\(result?.message ?? "success")")
        #expect(result?.exitCode == 1)
    }
}
