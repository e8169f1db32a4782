import Foundation
import TestUtilities
import Testing
@testable import LossPlotKit

@Suite("Manifests: strict JSON with line and column, and the built-in set round-trips")
struct ManifestTests {
    static let syntaxCases: [(String, Int, Int, String)] = [
        ("{\"a\": 1,}", 1, 9, "a field name in double quotes"),
        ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "',' or '}'"),
        ("[1, 2", 1, 6, "',' or ']'"),
        ("{\"a\": tru}", 1, 10, "'true'"),
        ("{\"a\": \"x\n\"}", 1, 9, "no control character inside a string"),
        ("{\"a\": 01}", 1, 8, "',' or '}'"),
        ("{} x", 1, 4, "the end of the document"),
        ("{\"δ\": -}", 1, 8, "a digit"),
    ]

    @Test("a syntax error is placed at its line and column", arguments: syntaxCases)
    func syntax(text: String, line: Int, column: Int, expected: String) {
        let failure = JSONSyntax.check(Array(text.utf8))
        #expect(failure == JSONSyntax.Failure(line: line, column: column, expected: expected))
    }

    @Test("valid JSON passes")
    func valid() {
        #expect(JSONSyntax.check(Array("{\"a\": [1, -2.5e-3, true, null, \"\\u00e9\\n\"], \"b\": {}}".utf8)) == nil)
    }

    @Test("--print-manifest reads back as the same figures, Barron's alpha = -inf included")
    func roundTrip() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/set.json"
        try Manifest.encode(ArticleFigures.gallery).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Manifest.load(path: path) == ArticleFigures.gallery)
    }

    @Test("a malformed manifest names the file, line and column")
    func malformed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/bad.json"
        try "{\"figures\": [\n  {\"name\": \"a\" \"range\": [0, 1]}\n]}".write(toFile: path, atomically: true, encoding: .utf8)
        var request = BatchRequest(outDir: folder + "/out", formats: [.png])
        request.manifest = path
        #expect(throws: InputError("--manifest: '\(path)' is not valid JSON: line 2, column 16: expected ',' or '}'")) {
            try BatchRun(request).run()
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }
}
