import Foundation
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("Files are written atomically: a failure leaves the old file and no temporary file")
struct AtomicFileTests {
    struct Interrupted: Error {}

    @Test("a write that fails midway leaves the existing file byte for byte")
    func failedWriteKeepsOldFile() throws {
        let folder = try temporaryFolder()
        let path = folder + "/fig.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(to: path) { writer in
                try writer.write(String(repeating: "x", count: 3 << 20))
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["fig.csv"])
    }

    @Test("a missing folder is reported with the path and the system's reason")
    func missingFolder() {
        let result = failure(["l1", "--out", "/nonexistent-folder/fig.png"])
        #expect(result?.message == "Error: cannot write '/nonexistent-folder/fig.png': No such file or directory")
        #expect(result?.exitCode == 1)
    }

    @Test("a successful write replaces the old file")
    func replaces() throws {
        let folder = try temporaryFolder()
        let path = folder + "/fig.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(runCommand(["l1", "--samples", "2", "--out", path]) == nil)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x,l1\n-1.0,1.0\n1.0,1.0\n")
    }
}
