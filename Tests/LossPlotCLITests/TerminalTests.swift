import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

@Suite("--terminal prints a braille chart, and with --out writes the file too")
struct TerminalTests {
    @Test("the chart of a command line is as wide as COLUMNS and lists its curves")
    func chart() throws {
        let run = try plotRun(["huber", "--delta", "0.5,2", "--terminal"])
        let (builder, options) = (run.builder, run.options)
        let text = TerminalOutput.chart(builder.figure(options))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= TerminalOutput.width(ProcessInfo.processInfo.environment) })
        #expect(text.contains("δ = 0.5"))
        #expect(text.contains("δ = 2"))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
    }

    @Test("COLUMNS sets the width")
    func width() {
        #expect(TerminalOutput.width(["COLUMNS": "123"]) == 123)
    }

    @Test("with --out the file is written as well")
    func alsoWrites() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["l1", "--terminal", "--out", folder + "/t.png"]) == nil)
        #expect(FileManager.default.fileExists(atPath: folder + "/t.png"))
    }
}
