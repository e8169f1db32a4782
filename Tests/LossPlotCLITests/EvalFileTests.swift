import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// `eval --target @FILE --pred @FILE` and `-`: arrays as numpy writes them.
@Suite("eval reads arrays from files and standard input")
struct EvalFileTests {
    /// Keras's example rows, whose mean squared error is 49.5: ((9 + 1 + 100) / 3 + (169 + 9 + 9) / 3) / 2.
    static let target = "1.000000000000000000e+00 9.000000000000000000e+00 2.000000000000000000e+00\n-5.000000000000000000e+00 -2.000000000000000000e+00 6.000000000000000000e+00\n"
    static let pred = "# predictions\n4,8,12\n8,1,3\n"

    /// A fresh folder holding the arrays' files; the caller removes it.
    func folderWithFiles() throws -> String {
        let folder = try temporaryFolder()
        try Data(Self.target.utf8).write(to: URL(fileURLWithPath: folder + "/y.txt"))
        try Data(Self.pred.utf8).write(to: URL(fileURLWithPath: folder + "/p.csv"))
        try Data("[[4, 8, 12], [8, 1, 3]]".utf8).write(to: URL(fileURLWithPath: folder + "/p.json"))
        return folder
    }

    func evaluate(_ arguments: [String]) throws -> [Double] {
        try EvalRun(evalRequest(arguments)).compute()
    }

    @Test("savetxt text, CSV and JSON files give the inline rows' value")
    func files() throws {
        let folder = try folderWithFiles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try evaluate(["eval", "mse", "--target", "@" + folder + "/y.txt", "--pred", "@" + folder + "/p.csv"]) == [49.5])
        #expect(try evaluate(["eval", "mse", "--target", "@" + folder + "/y.txt", "--pred", "@" + folder + "/p.json"]) == [49.5])
        #expect(try evaluate(["eval", "mse", "--target", "1,9,2;-5,-2,6", "--pred", "@" + folder + "/p.json", "--reduction", "none"])
                == [110.0 / 3, 187.0 / 3])
    }

    @Test(".npy files: 1-D is one sample per value, 2-D one sample per row, as the text forms")
    func npyFiles() throws {
        let npy = #filePath.components(separatedBy: "/Tests/")[0] + "/Tests/ArrayTextTests/Fixtures/npy/"
        // vector.npy is np.arange(5) / 3 (make.py): the squared values 0, 1/9, 4/9, 1, 16/9 have mean 2/3.
        let values = try evaluate(["eval", "mse", "--target", "@" + npy + "vector.npy", "--pred", "0;0;0;0;0", "--reduction", "none"])
        #expect(values.count == 5)
        #expect(abs(try evaluate(["eval", "mse", "--target", "@" + npy + "vector.npy", "--pred", "0;0;0;0;0"])[0] - 2.0 / 3) < 1e-15)
        // A 3-D array is refused by eval's own rows, naming the flag that reads it whole.
        #expect(throws: InputError.self) { try evaluate(["eval", "mse", "--target", "@" + npy + "f8-c-3d.npy", "--pred", "0"]) }
    }

    @Test("class indices, one per line as np.savetxt writes a 1-D array")
    func classIndices() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("0\n2\n".utf8).write(to: URL(fileURLWithPath: folder + "/k.txt"))
        // -log(softmax(row)[k]) = logsumexp(row) - row[k], exactly for these rows.
        let values = try evaluate(["eval", "sparse-softmax-cross-entropy", "--target", "@" + folder + "/k.txt",
                                   "--pred", "0,0,0;1,1,1", "--reduction", "none"])
        #expect(values.count == 2)
        #expect(abs(values[0] - log(3)) < 1e-15 && abs(values[1] - log(3)) < 1e-15)
    }

    @Test("- reads standard input", .enabled(if: LossPlotBinary.isBuilt))
    func standardInput() throws {
        let folder = try folderWithFiles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try ProcessRun.run(LossPlotBinary.path, ["eval", "mse", "--target", "@y.txt", "--pred", "-"],
                                     stdin: Data(Self.pred.utf8), in: folder)
        #expect(run.status == 0 && run.stderr.isEmpty)
        #expect(String(decoding: run.stdout, as: UTF8.self) == "49.5\n")
    }

    @Test("--framework and --compare read files as numpy loads them: rows as a 2-D array", .enabled(if: LossPlotBinary.isBuilt))
    func frameworks() throws {
        let folder = try folderWithFiles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for framework in [["--framework", "pytorch"], ["--compare"]] {
            let files = try ProcessRun.run(LossPlotBinary.path, ["eval", "mse", "--target", "@y.txt", "--pred", "@p.json"] + framework, in: folder)
            let inline = try ProcessRun.run(LossPlotBinary.path, ["eval", "mse", "--target", "1,9,2;-5,-2,6", "--pred", "4,8,12;8,1,3"] + framework, in: folder)
            #expect(files.status == 0 && files.stderr.isEmpty)
            #expect(files.stdout == inline.stdout && !files.stdout.isEmpty)
        }
    }

    @Test("a bad file is refused in one line naming the flag, the file, the line and the column")
    func badFiles() throws {
        let folder = try folderWithFiles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("1 2 3\n4 x 6\n".utf8).write(to: URL(fileURLWithPath: folder + "/bad.txt"))
        try Data("[[1, 2, 3],\n [4, 5]]".utf8).write(to: URL(fileURLWithPath: folder + "/short.json"))
        let cases: [([String], String)] = [
            (["--pred", "@" + folder + "/bad.txt"], "Error: --pred: '\(folder)/bad.txt', line 2, column 3: 'x' is not a number"),
            (["--pred", "@" + folder + "/short.json"],
             "Error: --pred: '\(folder)/short.json', line 2, column 7: this sample has 2 values, the first (line 1) has 3; every sample needs the same number of values"),
            (["--pred", "@" + folder + "/none.txt"], "Error: --pred: cannot read '\(folder)/none.txt': No such file or directory"),
            (["--pred", "@" + folder], "Error: --pred: cannot read '\(folder)': it is a directory"),
            (["--pred", "@"], "Error: --pred: '@' names no file; write @FILE, or - for standard input"),
        ]
        for (pred, message) in cases {
            #expect(failure(["eval", "mse", "--target", "@" + folder + "/y.txt"] + pred)?.message == message)
        }
        #expect(failure(["eval", "mse", "--target", "-", "--pred", "-"])?.message
                == "Error: --pred: '-' reads standard input, and so does --target; at most one of them can")
        #expect(failure(["eval", "mse", "--target", "@" + folder + "/y.txt", "--pred", "1,2"])?.message
                == "Error: --target: 2 samples given for 1 predictions; give one row per sample, or one row for all")
    }
}
