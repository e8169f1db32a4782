import Foundation
import LossFunctions
import TestUtilities
import Testing
@testable import LossPlotKit

@Suite("Files are written atomically: a failure leaves the old file and no temporary file")
struct AtomicFileTests {
    struct Interrupted: Error {}

    @Test("a write that fails midway leaves the existing file byte for byte")
    func failedWriteKeepsOldFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
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
    func missingFolder() throws {
        let request = PlotRequest(losses: [.l1], destination: try OutputDestination(out: "/nonexistent-folder/fig.png", format: nil, defaultStem: "l1"))
        #expect(throws: AtomicFile.WriteError.self) { try PlotRun(request).run() }
        do {
            try PlotRun(request).run()
        } catch {
            #expect("\(error)" == "cannot write '/nonexistent-folder/fig.png': No such file or directory")
        }
    }

    @Test("a successful write replaces the old file")
    func replaces() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/fig.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        var request = PlotRequest(losses: [.l1], destination: try OutputDestination(out: path, format: nil, defaultStem: "l1"))
        request.samples = 2
        try PlotRun(request).run()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x,l1\n-1.0,1.0\n1.0,1.0\n")
    }
}
