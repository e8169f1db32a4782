import ArrayText
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// `eval --out FILE`: the result as a NumPy array of its shape, or the printed lines; refusals
/// leave no file.
@Suite("eval --out: .npy arrays and text files")
struct EvalOutTests {
    func huber(_ r: Double, _ delta: Double) -> Double {
        abs(r) <= delta ? r * r / 2 : delta * (abs(r) - delta / 2)
    }

    @Test("--derivative 1,2 --out x.npy: an (elements, 3) array of Huber's value, gradient and Hessian (closed forms)")
    func derivatives() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let x = [-3.0, -0.5, 0.25, 2.0]
        #expect(runCommand(["eval", "huber", "--delta", "1.5", "--target", "0", "--pred", x.map { "\($0)" }.joined(separator: ";"),
                            "--reduction", "none", "--derivative", "1,2", "--out", folder + "/d.npy"]) == nil)
        let array = try ArrayText.parseArray([UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/d.npy"))))
        #expect(array.shape == [4, 3])
        let expected: [Double] = x.flatMap { r -> [Double] in [huber(r, 1.5), min(max(r, -1.5), 1.5), abs(r) <= 1.5 ? 1 : 0] }
        #expect(array.values == expected)
    }

    @Test("--framework pytorch --reduction none --out e.npy keeps the element-wise shape (2, 2)")
    func frameworkShape() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["eval", "mse", "--target", "1,2;3,4", "--pred", "1,1;1,1", "--framework", "pytorch",
                            "--reduction", "none", "--out", folder + "/e.npy"]) == nil)
        let array = try ArrayText.parseArray([UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/e.npy"))))
        #expect(array.shape == [2, 2] && array.values == [0, 1, 4, 9])
    }

    @Test("--out x.txt writes the printed lines")
    func text() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["eval", "mse", "--target", "1,9,2;-5,-2,6", "--pred", "4,8,12;8,1,3", "--out", folder + "/m.txt"]) == nil)
        #expect(try String(contentsOfFile: folder + "/m.txt", encoding: .utf8) == "49.5\n")
    }

    @Test("an extension eval does not write, or a comparison table as .npy, is refused and writes nothing",
          arguments: [(["eval", "mse", "--target", "1", "--pred", "2", "--out", "OUT/r.json"],
                       "Error: --out: 'OUT/r.json' has no extension eval writes; use .npy (a NumPy array), .txt or .csv (the printed lines)"),
                      (["eval", "mse", "--target", "1", "--pred", "2", "--compare", "--out", "OUT/r.npy"],
                       "Error: --out: 'OUT/r.npy': a --compare table is text; write it to a .txt file or leave out --out")])
    func refused(arguments: [String], message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let line = try #require(failure(arguments.map { $0.replacingOccurrences(of: "OUT", with: folder) }))
        #expect(line.message == message.replacingOccurrences(of: "OUT", with: folder))
        #expect(line.exitCode != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
