import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// The built executable, for the inputs that crash it: a trap in-process would end the test run.
enum LossPlotBinary {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/loss-plot").path

    static var isBuilt: Bool {
        let built = FileManager.default.isExecutableFile(atPath: path)
        if !built { print("skipped: no executable at \(path); run `swift build` first") }
        return built
    }

    struct Result {
        let status: Int32
        let crashed: Bool
        let stdout: String
        let stderr: String
    }

    /// Runs the executable in `folder` with an environment of its own.
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        // No backtrace on a crash: symbolicating one takes seconds.
        process.environment = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"].merging(environment) { $1 }
        let out = folder + "/.stdout", err = folder + "/.stderr"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: err)
        }
        return Result(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                      stdout: try String(contentsOfFile: out, encoding: .utf8), stderr: try String(contentsOfFile: err, encoding: .utf8))
    }
}

/// A failure's message as the executable prints it (after "Error: "), its exit code, and the folder left behind.
private func refusal(_ arguments: [String], folder: String) throws -> (message: String, exitCode: Int32, left: [String])? {
    guard let error = runCommand(arguments) else { return nil }
    let full = LossPlot.fullMessage(for: error)
    return (full.hasPrefix("Error: ") ? String(full.dropFirst(7)) : full, LossPlot.exitStatus(for: error),
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted())
}

private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

@Suite("Bad input beyond ErrorMessageTests: refused before any work, in one line, with nothing left behind")
struct BadInputTests {
    // MARK: plot options

    static let refused: [([String], String)] = [
        (["huber", "--delta", "inf"], "--delta: 'inf' is not allowed; a finite number is needed"),
        // A number that overflows is named as typed, not as the infinity it reads as.
        (["huber", "--delta", "1e400"], "--delta: '1e400' is beyond the largest number (about 1.8e308)"),
        (["huber:delta=1e400"], "huber:delta: '1e400' is beyond the largest number (about 1.8e308)"),
        (["l1", "--range", "-1e999:1"], "--range: '-1e999' is beyond the largest number (about 1.8e308)"),
        (["huber", "--delta", "1e-400"], "--delta: '1e-400' is below the smallest number (about 4.9e-324), and would read as 0"),
        (["quantile", "--tau", "-inf"], "--tau: '-inf' is not allowed; a finite number is needed"),
        (["huber", "--delta", "-0.5"], "--delta: '-0.5' is not allowed; it must be a finite number > 0"),
        (["smooth-l1", "--beta", "0"], "--beta: '0' is not allowed; it must be a finite number > 0"),
        (["smooth-l1", "--beta", "-1"], "--beta: '-1' is not allowed; it must be a finite number > 0"),
        (["quantile", "--tau", "1.5"], "--tau: '1.5' is not allowed; it must be a number in [0, 1]"),
        (["weighted-sigmoid-cross-entropy", "--pos-weight", "-1"], "--pos-weight: '-1' is not allowed; it must be a finite number >= 0"),
        (["l1", "--samples", "100000001"], "--samples: '100000001' is not allowed; it must be a whole number from 2 to 100000000"),
        (["l1", "--samples", "abc"], "--samples: 'abc' is not allowed; it must be a whole number from 2 to 100000000"),
        (["l1", "--range", "nan:1"], "--range: 'nan' is not allowed; a finite number is needed"),
        (["l1", "--range", "2:1"], "--range: '2:1' is empty or reversed; LO must be below HI"),
        (["l1", "--xlim", "0:inf"], "--xlim: 'inf' is not allowed; a finite number is needed"),
        (["l1", "--xlim", "1:1"], "--xlim: '1:1' is empty or reversed; LO must be below HI"),
        (["l1", "--ylim", "nan:1"], "--ylim: 'nan' is not allowed; a finite number is needed"),
        (["l1", "--ylim", "-inf:0"], "--ylim: '-inf' is not allowed; a finite number is needed"),
        (["hinge", "--target", "2"], "--target: '2' is outside the domain of hinge; it must be a label -1, 0 or 1 (0 is read as -1)"),
        (["binary-cross-entropy", "--target", "-0.5"],
         "--target: '-0.5' is outside the domain of binary-cross-entropy; it must be a probability in [0, 1]"),
        (["sparse-softmax-cross-entropy", "--target", "0.5"],
         "--target: class 0.5 is not a whole number; a class index of sparse-softmax-cross-entropy is 0, 1, 2, ..."),
        (["l1", "--size", "16385x10"], "--size: '16385x10' is out of range; each side must be from 1 to 16384 pixels"),
        (["l1", "--size", "3.5inx0in"], "--size: '3.5inx0in' is out of range; each side must be above 0 and at most 100 in (254 cm)"),
        (["l1", "--size", "3.5furlongx2in"],
         "--size: '3.5furlongx2in' is not of the form WxH, e.g. 640x480, 3.5inx2.5in or 8.9cmx6cm (units px, in, cm, mm, pt)"),
        (["l1", "--size", "640.5x480"], "--size: '640.5x480' has a fraction of a pixel; give whole pixels or a unit (in, cm, mm, pt)"),
        (["l1", "--size", "60inx50in", "--dpi", "300"], "--dpi: '300' makes the image 18000x15000 pixels; each side must be from 1 to 16384"),
        (["l1", "--dpi", "5"], "--dpi: '5' is not allowed; it must be a number from 10 to 2400"),
        (["l1", "--dpi", "abc"], "--dpi: 'abc' is not a number"),
        (["l1", "--font-size", "0"], "--font-size: '0' is not allowed; it must be a number of points above 0 and at most 72"),
        (["l1", "--font-size", "-3"], "--font-size: '-3' is not allowed; it must be a number of points above 0 and at most 72"),
        (["l1", "--font-size", "73"], "--font-size: '73' is not allowed; it must be a number of points above 0 and at most 72"),
        (["binary-crossentrpy"],
         "loss: unknown loss 'binary-crossentrpy'; did you mean 'binary-crossentropy', 'binary-cross-entropy', 'binary-focal-crossentropy'?"),
    ]

    @Test("a bad value is refused with one line naming the flag, the value and what is allowed; nothing is written",
          arguments: refused)
    func plotOption(arguments: [String], expected: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try refusal(arguments + ["--out", folder + "/fig.png"], folder: folder))
        #expect(result.message == expected)
        #expect(result.exitCode == 1)
        #expect(result.left.isEmpty)
    }

    @Test("the process itself exits 1 with one line on standard error for a refusal, 0 for --version and --help")
    func processExitStatus() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let refused = try ProcessRun.run(LossPlotBinary.path, ["huber", "--delta", "0", "--out", "fig.png"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr == "Error: --delta: '0' is not allowed; it must be a finite number > 0\n")
        #expect(refused.stdout.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".process-") }.isEmpty)
        let badFile = try ProcessRun.run(LossPlotBinary.path, ["eval", "mse", "--target", "@missing.txt", "--pred", "1"], in: folder)
        #expect(badFile.status == 1)
        #expect(badFile.stderr.hasPrefix("Error: --target: ") && badFile.stderr.filter { $0 == "\n" }.count == 1)
        for arguments in [["--version"], ["--help"], ["eval", "--help"]] {
            let run = try ProcessRun.run(LossPlotBinary.path, arguments, in: folder)
            #expect(run.status == 0, "\(arguments)")
            #expect(!run.stdout.isEmpty, "\(arguments)")
        }
        #expect(LossPlot.exitStatus(for: InputError("x")) == refused.status)
    }

    @Test("an output path without an extension is refused, naming it")
    func noExtension() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try refusal(["l1", "--out", folder + "/fig"], folder: folder))
        #expect(result.message == "--out: '\(folder)/fig' has no extension; use .png, .svg, .pdf, .gif, .webp, .apng, .html, .csv or .json")
        #expect(result.exitCode == 1)
        #expect(result.left.isEmpty)
    }

    @Test("a dot in a folder's name is not the file's extension")
    func dotInFolder() throws {
        try withTemporaryFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/v1.2", withIntermediateDirectories: true)
            let result = try #require(try refusal(["l1", "--out", folder + "/v1.2/fig"], folder: folder))
            #expect(result.message == "--out: '\(folder)/v1.2/fig' has no extension; use .png, .svg, .pdf, .gif, .webp, .apng, .html, .csv or .json")
            #expect(runCommand(["l1", "--out", folder + "/v1.2/fig.svg"]) == nil)
        }
    }

    static let misparsed: [([String], String)] = [
        (["l1", "--samples", "-5"], "--samples: '-5'"),
        (["l1", "--size", "-1x5"], "--size: '-1x5'"),
        (["l1", "--scale", "-1"], "--scale: '-1'"),
        (["l1", "--scale", "abc"], "--scale: 'abc'"),
        (["l1", "--theme", "pink"], "--theme: 'pink'"),
    ]

    @Test("a value the argument parser rejects gets the same one-line message and exit code 1", arguments: misparsed)
    func parserRejects(arguments: [String], expectedStart: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try refusal(arguments + ["--out", folder + "/fig.png"], folder: folder))
        #expect(result.left.isEmpty)
        #expect(result.message.hasPrefix(expectedStart), "\(result.message)")
        #expect(!result.message.contains("\n"))
        #expect(result.exitCode == 1)
    }

    static let misattributed: [([String], String)] = [
        (["sparse-softmax-cross-entropy", "--target", "5"], "--target: "),
        (["sparse-softmax-cross-entropy", "--rest", "1", "--target", "2"], "--target: "),
        (["softmax-cross-entropy", "--rest", "1"], "--rest: "),
        (["categorical-cross-entropy", "--target", "0.2,0.8", "--rest", "1,2"], "--rest: "),
    ]

    @Test("a class index out of range or a --rest of the wrong length names the flag", arguments: misattributed)
    func namesTheFlag(arguments: [String], expectedStart: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try refusal(arguments + ["--out", folder + "/fig.png"], folder: folder))
        #expect(result.exitCode == 1)
        #expect(result.left.isEmpty)
        #expect(result.message.hasPrefix(expectedStart), "\(result.message)")
    }

    @Test("a range whose width HI - LO overflows is refused like any range that is not finite")
    func overflowingRange() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try refusal(["l1", "--range", "-1e308:1e308", "--samples", "3", "--out", folder + "/fig.csv"], folder: folder)
        #expect(result?.message.hasPrefix("--range: '-1e308:1e308'") == true)
    }

    static let extremeWidths: [[String]] = [
        ["l1", "--range", "0:1e-320", "--samples", "20000", "--out", "fig.png"],
        ["l1", "--range", "0:1e-320", "--size", "1x1", "--out", "fig.svg"],
        ["l1", "--range", "1e-300:1.0000000000000002e-300", "--samples", "20000", "--out", "fig.pdf"],
        ["l1", "--range", "-1e308:1e308", "--samples", "20000", "--out", "fig.png"],
    ]

    @Test("a range too narrow or too wide for its pixel columns is drawn or refused, not a crash",
          .enabled(if: LossPlotBinary.isBuilt), arguments: extremeWidths)
    func extremeRangeWidth(arguments: [String]) throws {
        // In a process of its own: the trap would end the test run.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LossPlotBinary.run(arguments, in: folder)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!result.crashed, "\(result.stderr.prefix(200))")
        if result.status == 0 {
            #expect(left == [arguments.last!])
        } else {
            // A 1x1 figure is refused for its size before its range is looked at.
            #expect((result.stderr.hasPrefix("Error: --range: ") || result.stderr.hasPrefix("Error: --size: '1x1' is too small"))
                && result.stderr.filter { $0 == "\n" }.count == 1)
            #expect(left.isEmpty)
        }
    }

    @Test("a sweep LO:HI:N whose width overflows names the sweep the user typed, not a NaN of its own")
    func overflowingSweep() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try refusal(["barron", "--alpha", "-1e308:1e308:7", "--out", folder + "/fig.png"], folder: folder))
        #expect(result.exitCode == 1)
        #expect(result.left.isEmpty)
        #expect(result.message.contains("-1e308:1e308:7"), "\(result.message)")
    }

    @Test("a --scale that leaves less than a pixel is refused up front, naming --scale; the old file stays", arguments: ["1e-300", "0.001"])
    func tinyScale(scale: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/fig.png"
        try write("old", to: path)
        let result = try #require(try refusal(["l1", "--size", "200x150", "--scale", scale, "--out", path], folder: folder))
        #expect(result.exitCode == 1)
        #expect(result.left == ["fig.png"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(result.message.hasPrefix("--scale: '\(scale)'"), "\(result.message)")
    }

    // MARK: eval

    static let evalRefused: [([String], String)] = [
        (["eval", "mse", "--target", "", "--pred", "1"],
         "--target: the list is empty; give numbers separated by commas, samples by semicolons"),
        (["eval", "mse", "--target", "1", "--pred", " "], "--pred: the list is empty; give numbers separated by commas, samples by semicolons"),
        (["eval", "mse", "--target", "1", "--pred", "1;nan"], "--pred: sample 2, position 1: 'nan' is not allowed; a finite number is needed"),
        (["eval", "mse", "--target", "1", "--pred", "1;2,inf"], "--pred: sample 2, position 2: 'inf' is not allowed; a finite number is needed"),
        (["eval", "binary-cross-entropy", "--target", "1;2", "--pred", "0.5;0.5"],
         "--target: sample 2, position 1: 2 is outside the domain of binary-cross-entropy; it must be a probability in [0, 1]"),
        (["eval", "kl-divergence", "--target", "0.5,0.5", "--pred", "0.5,0.5;1.5,0"],
         "--pred: sample 2, position 1: 1.5 is not a probability in [0, 1]"),
        (["eval", "hinge", "--target", "1,0.5", "--pred", "1,2"],
         "--target: sample 1, position 2: 0.5 is outside the domain of hinge; it must be a label -1, 0 or 1 (0 is read as -1)"),
        (["eval", "sparse-softmax-cross-entropy", "--target", "-1", "--pred", "1,2,3"],
         "--target: sample 1: class -1 is out of range; the rows have 3 classes, 0 to 2"),
        (["eval", "sparse-softmax-cross-entropy", "--target", "0,3", "--pred", "1,2,3;1,2,3"],
         "--target: sample 2: class 3 is out of range; the rows have 3 classes, 0 to 2"),
        (["eval", "mse", "--target", "1,2", "--pred", "1,2;3,4;5"],
         "--pred: sample 3 has 1 values, sample 1 has 2; rows must be of equal length"),
    ]

    @Test("eval names the flag, the sample and the position of a bad value", arguments: evalRefused)
    func eval(arguments: [String], expected: String) throws {
        let result = try #require(failure(arguments))
        #expect(result.message == "Error: " + expected)
        #expect(result.exitCode == 1)
        #expect(!result.message.contains("\n"))
    }

    @Test("eval refuses a class index too large for an integer instead of crashing", .enabled(if: LossPlotBinary.isBuilt))
    func hugeClassIndex() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LossPlotBinary.run(["eval", "sparse-softmax-cross-entropy", "--target", "1e300", "--pred", "1,2,3"], in: folder)
        #expect(!result.crashed, "\(result.stderr)")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: --target: sample 1: class ") && result.stderr.hasSuffix("0 to 2\n"))
    }

    // MARK: labels

    static let oddLabels = [
        String(repeating: "x", count: 10_000),
        String(repeating: "<b>bold</b> & <i>it</i> ", count: 420),
        "<b>x", "a & b < c > d \"q\" 'r'", "\u{1}\u{7}\u{1B}[31m\u{7F}", "שלום עולם", "\u{202E}abc\u{202C}", "😀👍🏽👨‍👩‍👧",
        "<span foreground=\"red\" size=\"x-large\">big</span>", "]]>", "<?xml version=\"1.0\"?>", "<!-- c -->", "a\nb\r\nc",
    ]

    @Test("labels of any length and content render into an SVG that parses as XML", arguments: oddLabels.indices)
    func labelsInSVG(index: Int) throws {
        let label = Self.oddLabels[index]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/fig.svg"
        let error = runCommand(["l1", "--label", label, "--title", label, "--xlabel", label, "--ylabel", label,
                                "--samples", "50", "--size", "400x300", "--out", path])
        #expect(error == nil, "label #\(index): \(error.map { LossPlot.message(for: $0) } ?? "")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["fig.svg"])
        #expect(OutputFileCheck.parsesAsXML(try Data(contentsOf: URL(fileURLWithPath: path))), "label #\(index)")
    }

    @Test("a 10,000-character label with markup renders as complete PNG and PDF files", arguments: ["png", "pdf"])
    func longLabelPictures(ext: String) throws {
        let label = String(repeating: "<b>L</b><sub>1</sub> & ", count: 450)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/fig." + ext
        #expect(runCommand(["l1", "l2", "--label", label, "--label", label, "--title", label,
                            "--samples", "50", "--size", "400x300", "--out", path]) == nil)
        #expect(OutputFileCheck.problems(try Data(contentsOf: URL(fileURLWithPath: path)), path: path).isEmpty)
    }

    // MARK: files

    @Test("a parent that is a file: the path and the system's reason, the file untouched")
    func parentIsAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write("not a folder", to: folder + "/parent")
        let result = try #require(try refusal(["l1", "--out", folder + "/parent/fig.png"], folder: folder))
        #expect(result.message == "cannot write '\(folder)/parent/fig.png': Not a directory")
        #expect(result.exitCode == 1)
        #expect(result.left == ["parent"])
        #expect(try String(contentsOfFile: folder + "/parent", encoding: .utf8) == "not a folder")
    }

    @Test("an output path that is a folder is refused, naming it; the folder stays empty and no temporary file remains")
    func outIsAFolder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/fig.png", withIntermediateDirectories: false)
        let result = try #require(try refusal(["l1", "--out", folder + "/fig.png"], folder: folder))
        #expect(result.message.hasPrefix("cannot write '\(folder)/fig.png': "))
        #expect(result.message.lowercased().contains("directory"))
        #expect(result.exitCode == 1)
        #expect(result.left == ["fig.png"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/fig.png").isEmpty)
    }

    @Test("a file name of 250 characters, within the system's 255, is written")
    func longFileName() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = String(repeating: "a", count: 250) + ".csv"
        let result = try refusal(["l1", "--samples", "2", "--out", folder + "/" + name], folder: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { $0 == name })
        #expect(result == nil, "\(result?.message ?? "")")
    }

    // MARK: batch

    /// A manifest of three small figures; the second's name puts it in a folder that does not exist.
    static let manifestWithBadFolder = """
        {"figures": [
          {"name": "a", "range": [-1, 1], "samples": 20, "curves": [{"loss": "l1"}], "size": [200, 150]},
          {"name": "missing/b", "range": [-1, 1], "samples": 20, "curves": [{"loss": "l2"}], "size": [200, 150]},
          {"name": "c", "range": [-1, 1], "samples": 20, "curves": [{"loss": "huber", "delta": 1}], "size": [200, 150]}
        ]}
        """

    @Test("batch: a figure that cannot be written does not stop the others; a summary and exit code 1")
    func batchPartialFailure() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(Self.manifestWithBadFolder, to: folder + "/figures.json")
        let out = folder + "/out"
        let result = try #require(failure(["batch", "--manifest", folder + "/figures.json", "--out-dir", out, "--format", "png,svg"]))
        #expect(result.message == "Error: 2 of 6 files failed; the other 4 were written")
        #expect(result.exitCode == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(written == ["a.png", "a.svg", "c.png", "c.svg"])
        for name in written {
            let path = out + "/" + name
            #expect(OutputFileCheck.problems(try Data(contentsOf: URL(fileURLWithPath: path)), path: path).isEmpty, "\(name)")
        }
    }

    @Test("batch: the summary names each file that failed, with the system's reason", .enabled(if: LossPlotBinary.isBuilt))
    func batchFailureNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(Self.manifestWithBadFolder, to: folder + "/figures.json")
        let result = try LossPlotBinary.run(["batch", "--manifest", "figures.json", "--out-dir", "out", "--format", "png"], in: folder)
        #expect(!result.crashed)
        #expect(result.status == 1)
        #expect(result.stderr.contains("out/missing/b.png"))
        #expect(result.stderr.contains("No such file or directory"))
        #expect(result.stderr.hasSuffix("Error: 1 of 3 files failed; the other 2 were written\n"))
        #expect(result.stdout.contains("wrote out/a.png") && result.stdout.contains("wrote out/c.png"))
    }

    @Test("batch: malformed JSON is reported with its line and column")
    func malformedManifest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases = [
            ("{\"figures\": [\n  {\"name\": \"a\",\n   \"range\": [-1, 1,],\n}", "line 3, column 20"),
            ("{\"figures\": [\n  {\"name\": \"a\" \"range\": [-1, 1]}]}", "line 2, column 16"),
        ]
        for (i, (text, location)) in cases.enumerated() {
            let path = folder + "/bad\(i).json"
            try write(text, to: path)
            let result = try #require(failure(["batch", "--manifest", path, "--out-dir", folder + "/out"]))
            #expect(result.message.hasPrefix("Error: --manifest: '\(path)' is not valid JSON: "))
            #expect(result.message.contains(location), "\(result.message)")
            #expect(result.exitCode == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    static let unknownFields: [(String, String)] = [
        (#"{"figures": [{"name": "a", "range": [-1, 1], "samples": 20, "curves": [{"loss": "l1", "colour": "red"}]}]}"#,
         "figure 1, curve 1 has the unknown field 'colour'"),
        (#"{"figures": [{"name": "a", "range": [-1, 1], "samples": 20, "curves": [{"loss": "l1"}], "sise": [1, 2]}]}"#,
         "figure 1 has the unknown field 'sise'"),
        (#"{"figures": [], "extra": 1}"#, "unknown field 'extra' at the top level"),
        // A formula's "params" on a named loss would be ignored: refused, saying where its parameters go.
        (#"{"figures": [{"name": "a", "curves": [{"loss": "huber", "params": {"delta": 1.345}}]}]}"#,
         #"figures #1 curves #1 params: "params" holds an "expr" formula's parameters; a named loss takes its parameters as fields of the curve ("delta": 1)"#),
    ]

    @Test("batch: an unknown field is named, with where it is", arguments: unknownFields)
    func unknownField(manifest: String, expected: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try write(manifest, to: folder + "/m.json")
        let result = try #require(failure(["batch", "--manifest", folder + "/m.json", "--out-dir", folder + "/out"]))
        #expect(result.message == "Error: --manifest: '\(folder)/m.json': \(expected)")
        #expect(result.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test("batch: a fraction where a whole number is needed names the field; the JSON itself is valid")
    func fractionalSamples() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manifest = #"{"figures": [{"name": "a", "range": [-1, 1], "samples": 1.5, "curves": [{"loss": "l1"}]}]}"#
        try write(manifest, to: folder + "/m.json")
        let result = try #require(failure(["batch", "--manifest", folder + "/m.json", "--out-dir", folder + "/out"]))
        #expect(result.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        #expect(result.message.contains("samples"), "\(result.message)")
        #expect(!result.message.contains("not valid JSON"))
    }

    @Test("batch: a figure name that would leave the output folder is refused and nothing is written",
          arguments: ["../escaped", "ABSOLUTE", "sub/../../escaped", "./../escaped", ".."])
    func nameLeavesFolder(name: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // An absolute name points into this test's own folder, so that a failure writes nowhere else.
        let name = name == "ABSOLUTE" ? folder + "/escaped" : name
        let manifest = #"{"figures": [{"name": "NAME", "range": [-1, 1], "samples": 20, "curves": [{"loss": "l1"}]}]}"#
        try write(manifest.replacingOccurrences(of: "NAME", with: name), to: folder + "/m.json")
        let out = folder + "/out/deeper"
        let result = try #require(failure(["batch", "--manifest", folder + "/m.json", "--out-dir", out, "--format", "svg"]))
        #expect(result.message == "Error: --manifest: '\(folder)/m.json': figure name '\(name)' would leave the output folder")
        #expect(result.exitCode == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/escaped.svg"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/escaped.svg"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("a huge font size in one figure's markup does not break the figures drawn after it", .enabled(if: LossPlotBinary.isBuilt))
    func hugeFontDoesNotPoison() throws {
        // Run in a process of its own: the failure it shows breaks later drawings in the process,
        // those of other tests too.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let figure = #"{"name": "NAME", "title": "TITLE", "range": [-1, 1], "samples": 20, "curves": [{"loss": "l1"}], "size": [200, 150]}"#
        let plain = (1...6).map { "plain\($0)" }
        let figures = ([("huge", #"<span font=\"99999\">big</span>"#)] + plain.map { ($0, "plain") }).map {
            figure.replacingOccurrences(of: "NAME", with: $0.0).replacingOccurrences(of: "TITLE", with: $0.1)
        }
        try write(#"{"figures": [\#(figures.joined(separator: ", "))]}"#, to: folder + "/m.json")
        let result = try LossPlotBinary.run(["batch", "--manifest", "m.json", "--out-dir", "out", "--format", "svg,png"], in: folder)
        #expect(!result.crashed)
        // Which figures fail depends on which thread draws after the huge one.
        for name in plain {
            for ext in ["svg", "png"] {
                let path = folder + "/out/\(name).\(ext)"
                let data = FileManager.default.contents(atPath: path) ?? Data()
                #expect(OutputFileCheck.problems(data, path: path).isEmpty, "\(name).\(ext) is missing or broken")
            }
        }
    }

    // MARK: terminal

    @Test("--terminal with a COLUMNS too large for memory is clamped or refused, not a crash",
          .enabled(if: LossPlotBinary.isBuilt), arguments: ["99999999999", "9223372036854775807"])
    func hugeColumns(columns: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try LossPlotBinary.run(["l1", "--terminal"], in: folder, environment: ["COLUMNS": columns])
        #expect(!result.crashed, "\(result.stderr.prefix(300))")
    }
}
