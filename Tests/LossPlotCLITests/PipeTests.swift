import Foundation
import TestUtilities
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// `--out -`: the file on standard output, nothing else there, for pipes and notebooks.
@Suite("--out - writes the file to standard output")
struct PipeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("standard output carries exactly the bytes --out FILE writes, and nothing else is printed",
          .enabled(if: LossPlotBinary.isBuilt), arguments: ["svg", "png", "pdf", "csv", "json"])
    func sameBytes(format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let piped = try ProcessRun.run(LossPlotBinary.path, ["huber", "--format", format, "--out", "-"], in: folder)
        // Without --out the file is named after the losses, as JSON's "name" says on both ways.
        let written = try ProcessRun.run(LossPlotBinary.path, ["huber", "--format", format], in: folder)
        #expect(piped.status == 0 && piped.stderr.isEmpty)
        #expect(written.status == 0 && String(decoding: written.stdout, as: UTF8.self) == "wrote huber.\(format)\n")
        let file = try Data(contentsOf: URL(fileURLWithPath: folder + "/huber." + format))
        #expect(piped.stdout == file)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["huber." + format])
    }

    /// The README's notebook example, run with Python and IPython when they are installed.
    @Test("the README's notebook example gives IPython an SVG it accepts", .enabled(if: LossPlotBinary.isBuilt))
    func notebook() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        // The example for a Python without the wheel: the block that runs the binary itself.
        guard let block = readme.range(of: "```python\nimport subprocess\n"),
              let start = readme.range(of: "```python\n", range: block.lowerBound..<readme.endIndex),
              let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex) else {
            Issue.record("README.md has no ```python block running loss-plot with subprocess")
            return
        }
        let snippet = String(readme[start.upperBound..<end.lowerBound])
        #expect(snippet.contains(#"["loss-plot", "huber", "--format", "svg", "--out", "-"]"#))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let python = try ProcessRun.run("/usr/bin/env", ["python3", "-c", "import IPython"], in: folder, environment: ["PATH": path])
        guard python.status == 0 else {
            print("skipped running the notebook example: python3 with IPython is not installed")
            return
        }
        let check = snippet + "\nimport sys\nsys.stdout.write(svg_image.data)\n"
        let binFolder = URL(fileURLWithPath: LossPlotBinary.path).deletingLastPathComponent().path
        let run = try ProcessRun.run("/usr/bin/env", ["python3", "-c", check], in: folder, environment: ["PATH": binFolder + ":" + path])
        #expect(run.status == 0, "\(run.stderr)")
        let direct = try ProcessRun.run(LossPlotBinary.path, ["huber", "--format", "svg", "--out", "-"], in: folder)
        let text = String(decoding: direct.stdout, as: UTF8.self)
        // IPython keeps the <svg> element as it is, without the XML declaration before it and the line end after it.
        let element = text[try #require(text.range(of: "<svg")).lowerBound...].trimmingCharacters(in: .newlines)
        #expect(String(decoding: run.stdout, as: UTF8.self) == element)
    }

    static let refused: [([String], String)] = [
        (["huber", "--out", "-"], "Error: --out: '-' writes to standard output and needs --format png, svg, pdf, csv or json"),
        (["huber", "--out", "-", "--format", "gif"], "Error: --format: 'gif' is not a format; use png, svg, pdf, csv or json"),
        (["huber", "--out", "h.svg", "--format", "png"], "Error: --format: 'png' does not match the extension of 'h.svg'; leave one of them out"),
        (["huber", "--out", "-", "--format", "svg", "--terminal"],
         "Error: --out: '-' writes the file to standard output, where --terminal draws its chart; use one of them"),
    ]

    @Test("a pipe without a format, or with a format that contradicts the file, is refused in one line", arguments: refused)
    func refusal(arguments: [String], message: String) {
        #expect(failure(arguments)?.message == message)
    }

    @Test("--format names the file without --out, and the form of an --out without an extension")
    func formatNamesFile() throws {
        let destination = try request(["huber", "--format", "svg"]).destination
        #expect(destination.place == .file("huber.svg") && destination.kind == .image(.svg))
        #expect(try request(["l1", "l2", "--format", "csv"]).destination.name == "l1-l2.csv")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(runCommand(["huber", "--out", folder + "/figure", "--format", "png"]) == nil)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/figure"))
        #expect(pngSize(bytes).map { [$0.0, $0.1] } == [640, 480])
    }
}
