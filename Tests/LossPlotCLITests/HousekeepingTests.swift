import LossFunctions
import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// Issue 22's small things: where batch cannot write, numbers in messages and in the explorer
/// page's address, and suggestions for an unknown loss.
@Suite("Housekeeping: one true line for an unwritable folder, readable numbers, no far-fetched suggestions")
struct HousekeepingTests {
    @Test("batch --out-dir under a regular file: one line naming the file, nothing written")
    func outDirUnderAFile() throws {
        try withTemporaryFolder { folder in
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
            let outDir = folder + "/notes.txt/figures"
            #expect(failure(["batch", "--only", "l1-l2", "--out-dir", outDir])?.message
                == "Error: --out-dir: cannot create '\(outDir)': '\(folder)/notes.txt' is a file, not a folder; nothing was written")
        }
    }

    /// Runs mount or umount, returning whether it succeeded.
    static func mountTool(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0] == "umount" ? "/usr/bin/umount" : "/usr/bin/mount")
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("batch --out-dir into a read-only folder: one line with the system's reason, no file, no 'the others were written'")
    func readOnlyOutDir() throws {
        try withTemporaryFolder { folder in
            let outDir = folder + "/readonly"
            try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
            // Root writes through permissions, so as root the folder is a read-only tmpfs; otherwise mode 0555.
            let reason: String
            if getuid() == 0 {
                guard Self.mountTool(["mount", "-t", "tmpfs", "-o", "ro,size=16k", "tmpfs", outDir]) else {
                    print("skipped: mount -t tmpfs -o ro failed")
                    return
                }
                reason = "Read-only file system"
            } else {
                try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: outDir)
                reason = "Permission denied"
            }
            defer {
                if getuid() == 0 { _ = Self.mountTool(["umount", outDir]) }
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: outDir)
            }
            #expect(failure(["batch", "--only", "l1-l2", "--out-dir", outDir])?.message
                == "Error: --out-dir: cannot write into '\(outDir)': \(reason); nothing was written")
            #expect(try FileManager.default.contentsOfDirectory(atPath: outDir).isEmpty)
        }
    }

    @Test("batch --out-dir creates missing parents")
    func missingParents() throws {
        try withTemporaryFolder { folder in
            #expect(failure(["batch", "--only", "l1-l2", "--format", "svg", "--out-dir", folder + "/a/b"]) == nil)
            let written = try FileManager.default.contentsOfDirectory(atPath: folder + "/a/b")
            #expect(written == ["l1-l2.svg"])
        }
    }

    @Test("a log x axis's warning gives the first sample it shows as a readable number")
    func logAxisWarning() throws {
        let run = try plotRun(["huber", "--range", "-1:1", "--samples", "100", "--xscale", "log", "--out", "f.png"])
        // linspace(-1, 1, 100): the first sample above 0 is -1 + 50 * 2/99 = 1/99 = 0.010101...
        #expect(run.builder.warnings == ["figure 'f.png': a log x axis shows values above 0 only; of the range -1:1 it draws 0.0101 to 1"])
    }

    @Test("readable numbers: the fewest digits within 0.05%, exact ones as they are",
          arguments: [(0.010101010101010166, "0.0101"), (1, "1"), (0.25, "0.25"), (0.9797979797979799, "0.98"), (-2.0000000000000004, "-2"),
                      (123456.7, "123500"), (0, "0")])
    func readable(value: Double, text: String) {
        #expect(ShortNumber.readable(value) == text)
    }

    @Test("the explorer page's address holds each value's shortest text: 1.5, not 1.5000000000000002")
    func addressTexts() throws {
        let values = try #require(animationPlan(["huber", "--animate", "delta=0.1:3:30", "--out", "e.html"], together: false).animated.first).values
        // 0.1:3:30 is 0.1, 0.2, ..., 3 in steps of 0.1; some computed values carry rounding noise (1.5000000000000002).
        #expect(values.contains { "\($0)".count > 6 })
        let expected = (1...30).map { k in k % 10 == 0 ? "\(k / 10)" : "\(k / 10).\(k % 10)" }
        #expect(ExplorerPage.addressTexts(values) == expected)
    }

    @Test("an address text stays distinct from its neighbours when they are close")
    func closeValues() {
        #expect(ExplorerPage.addressTexts([1, 1.0001, 1.0002]) == ["1", "1.0001", "1.0002"])
    }

    @Test("an unknown loss gets a suggestion only when it is a near miss",
          arguments: [("wing", "unknown loss 'wing'; `loss-plot list` shows every loss, and --expr draws a formula of your own"),
                      ("ctc", "unknown loss 'ctc'; `loss-plot list` shows every loss, and --expr draws a formula of your own"),
                      ("hubr", "unknown loss 'hubr'; did you mean 'huber'?"),
                      ("pseudohuber", "unknown loss 'pseudohuber'; did you mean 'pseudo-huber'?"),
                      ("softmax", "unknown loss 'softmax'; did you mean 'softmax-cross-entropy'?"),
                      // Two letters swapped are one slip, not two edits.
                      ("tukye", "unknown loss 'tukye'; did you mean 'tukey'?"),
                      // A framework's spelling of a name the catalog has: that name alone.
                      ("hinge-loss", "unknown loss 'hinge-loss'; did you mean 'hinge'?"),
                      ("huber_loss", "unknown loss 'huber_loss'; did you mean 'huber'?"),
                      ("HuberLoss", "unknown loss 'HuberLoss'; did you mean 'huber'?")])
    func suggestions(name: String, message: String) {
        #expect(failure([name])?.message == "Error: loss: " + message)
    }
}
