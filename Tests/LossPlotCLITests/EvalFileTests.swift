import ArrayText
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// Plain eval on arrays from .npy files (read flat, with no array per sample) gives what the same
/// rows typed inline give, and refuses the same values with the same words.
@Suite("eval on .npy files: flat tables, same values and refusals as inline rows")
struct EvalFileTests {
    func npy(_ folder: String, _ name: String, shape: [Int], _ values: [Double]) throws -> String {
        let path = folder + "/" + name + ".npy"
        try Data(NPYWriter.bytes(shape: shape, values: values)).write(to: URL(fileURLWithPath: path))
        return "@" + path
    }

    @Test("mse, huber and binary cross-entropy over (3, 2) and 1-D arrays: the mean of the closed form, as inline rows")
    func values() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = [0.0, 1, 1, 0, 1, 1], pred = [0.25, 0.5, 0.9, 0.1, 0.6, 0.75]
        let t = try npy(folder, "t", shape: [3, 2], target), p = try npy(folder, "p", shape: [3, 2], pred)
        let mse = zip(target, pred).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / 6
        #expect(try EvalRun(evalRequest(["eval", "mse", "--target", t, "--pred", p])).compute() == [mse])
        let inline = ["--target", "0,1;1,0;1,1", "--pred", "0.25,0.5;0.9,0.1;0.6,0.75"]
        for loss in ["mse", "huber", "binary-cross-entropy"] {
            let fromFiles = try EvalRun(evalRequest(["eval", loss, "--target", t, "--pred", p, "--reduction", "none"])).compute()
            let typed = try EvalRun(evalRequest(["eval", loss] + inline + ["--reduction", "none"])).compute()
            #expect(fromFiles == typed, "\(loss)")
        }
        let t1 = try npy(folder, "t1", shape: [6], target), p1 = try npy(folder, "p1", shape: [6], pred)
        #expect(try EvalRun(evalRequest(["eval", "mae", "--target", t1, "--pred", p1, "--reduction", "none"])).compute()
                == zip(target, pred).map { abs($0 - $1) })
    }

    @Test("a target outside the loss's domain and a prediction outside [0, 1] are refused as for inline rows")
    func refusals() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let t = try npy(folder, "t", shape: [2, 2], [1, 0, 2, 1]), p = try npy(folder, "p", shape: [2, 2], [0.5, 0.5, 0.5, 0.5])
        let fromFile = try #require(failure(["eval", "binary-cross-entropy", "--target", t, "--pred", p]))
        let typed = try #require(failure(["eval", "binary-cross-entropy", "--target", "1,0;2,1", "--pred", "0.5,0.5;0.5,0.5"]))
        #expect(fromFile.message == typed.message)
        #expect(fromFile.message.hasPrefix("Error: --target: sample 2, position 1: 2 is outside the domain of binary-cross-entropy"))
        let q = try npy(folder, "q", shape: [2, 2], [0.5, 1.5, 0.5, 0.5])
        let badPred = try #require(failure(["eval", "binary-cross-entropy", "--target", "@" + folder + "/p.npy", "--pred", q]))
        #expect(badPred.message == "Error: --pred: sample 1, position 2: 1.5 is not a probability in [0, 1]")
    }
}
