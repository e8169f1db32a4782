import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// `loss-plot LOSS --framework F,G`: each framework's own function drawn as a curve.
@Suite("Framework curves in figures")
struct FrameworkCurveTests {
    /// The CSV's columns by header.
    static func columns(_ arguments: [String]) throws -> [String: [Double]] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/curves.csv"
        #expect(runCommand(arguments + ["--out", path]) == nil)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        var out: [String: [Double]] = [:]
        for (j, name) in lines[0].enumerated() { out[name] = lines.dropFirst().map { Double($0[j]) ?? .nan } }
        return out
    }

    @Test("binary cross-entropy near p = 0 for t = 1: Keras's plateau at 16.118095650958319, PyTorch's clamp at 100, the exact -log p")
    func bceNearZero() throws {
        let c = try Self.columns(["binary-cross-entropy", "--framework", "exact,keras,pytorch", "--target", "1",
                                  "--range", "0:1e-3", "--samples", "11"])
        // CATALOG.md B.3 and the fixtures run from the libraries: Keras clips p to 1e-7, PyTorch clamps log p at -100.
        #expect(c["Keras"]![0] == 16.11809565095832)
        #expect(c["PyTorch"]![0] == 100)
        #expect(c["exact"]![0] == .infinity)
        for (i, p) in c["x"]!.enumerated().dropFirst() {
            #expect(abs(c["exact"]![i] - -log(p)) <= 1e-15 * -log(p))
            #expect(abs(c["PyTorch"]![i] - -log(p)) <= 1e-15 * -log(p))
            #expect(abs(c["Keras"]![i] - -log(p)) <= 1e-12 * -log(p), "p = \(p): clipping reaches only below 1e-7")
        }
    }

    @Test("optax's l2_loss is half of Keras's squared error along the whole sweep")
    func halfL2() throws {
        let c = try Self.columns(["l2", "--framework", "keras,optax", "--range", "-3:3", "--samples", "13"])
        for i in c["x"]!.indices {
            let r = c["x"]![i]
            #expect(c["Keras"]![i] == r * r)
            #expect(c["optax"]![i] == 0.5 * r * r)
        }
    }

    @Test("a framework with the loss under another name draws it as eval computes it: optax's sigmoid_focal_loss on log(p / (1 - p))")
    func equivalentCurve() throws {
        let c = try Self.columns(["focal", "--framework", "optax,pytorch", "--gamma", "2", "--target", "1", "--range", "0.1:0.9", "--samples", "9"])
        // Focal loss at target 1, gamma 2, no alpha (Lin et al. 2017): -(1 - p)^2 log p.
        for (i, p) in c["x"]!.enumerated() {
            let expected = -(1 - p) * (1 - p) * log(p)
            #expect(abs(c["optax"]![i] - expected) <= 1e-12 * expected, "p = \(p)")
            #expect(abs(c["PyTorch"]![i] - expected) <= 1e-12 * expected, "p = \(p)")
        }
    }

    @Test("a framework that lacks the loss, an unknown framework, or derivatives are refused in one line",
          arguments: [
              (["hinge", "--framework", "pytorch"], "--framework: 'pytorch' has no hinge"),
              (["huber", "--framework", "tensorflow"], "--framework: 'tensorflow' is not a framework; use exact, keras, pytorch, optax, mlx, sklearn"),
              (["huber", "--framework", "keras", "--gradient"], "--framework: framework curves are values only; draw the derivatives without --framework"),
          ])
    func refusals(_ arguments: [String], _ prefix: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = failure(arguments + ["--out", folder + "/x.png"])
        #expect(result?.message.hasPrefix("Error: " + prefix) == true, "\(result?.message ?? "succeeded")")
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.png"))
    }
}
