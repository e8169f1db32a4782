import Foundation
import TestUtilities
import Testing

/// The command lines `make sanitize` runs (Tests/Sanitizers/runs.txt), as argument vectors.
enum SanitizerRuns {
    static let path = repositoryRoot + "/Tests/Sanitizers/runs.txt"

    /// Each run's expected exit code and arguments.
    static func load() throws -> [(exitCode: Int32, arguments: [String])] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
            let line = line.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), let space = line.firstIndex(of: " "), let code = Int32(line[..<space]) else {
                return nil
            }
            return (code, try shellWords(String(line[space...])))
        }
    }

    /// Splits a line into words as a POSIX shell does for quotes and backslashes (no expansions).
    static func shellWords(_ line: String) throws -> [String] {
        var words: [String] = [], word = "", inWord = false
        var characters = line.makeIterator()
        while let c = characters.next() {
            switch c {
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                while let q = characters.next(), q != "'" { word.append(q) }
            case "\"":
                inWord = true
                while let q = characters.next(), q != "\"" {
                    if q == "\\", let escaped = characters.next() { word.append(escaped) } else { word.append(q) }
                }
            case "\\":
                inWord = true
                if let escaped = characters.next() { word.append(escaped) }
            default:
                inWord = true
                word.append(c)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}

@Suite("The sanitizer runs cover the bad-input cases of the test suite")
struct RunListTests {
    @Test("every refused command line of BadInputTests is a run of `make sanitize`, expecting exit code 1")
    func coversBadInput() throws {
        let runs = try SanitizerRuns.load()
        let refusals = Set(runs.filter { $0.exitCode == 1 }.map(\.arguments))
        let out = ["--out", "{out}/fig.png"]
        let cases = (BadInputTests.refused + BadInputTests.misparsed + BadInputTests.misattributed).map { $0.0 + out }
            + BadInputTests.evalRefused.map(\.0)
        #expect(cases.count == 52)
        for arguments in cases {
            #expect(refusals.contains(arguments), "not in Tests/Sanitizers/runs.txt: \(arguments)")
        }
    }

    @Test("the list holds the whole gallery in every format and a 10^6-sample sweep")
    func holdsTheBigRuns() throws {
        let runs = try SanitizerRuns.load()
        #expect(runs.count > 80)
        #expect(runs.contains { $0.arguments.starts(with: ["batch", "--out-dir", "{out}", "--format", "png,svg,pdf"]) })
        #expect(runs.contains { $0.arguments.contains("1000000") && $0.exitCode == 0 })
    }

    @Test("shell words: quotes, escapes and empty words as a shell splits them")
    func shellWords() throws {
        #expect(try SanitizerRuns.shellWords(#"eval mse --target '' --pred "1;2" a\ b 'it''s'"#)
                == ["eval", "mse", "--target", "", "--pred", "1;2", "a b", "its"])
    }
}
