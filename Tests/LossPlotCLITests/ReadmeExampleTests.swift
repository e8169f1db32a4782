import Foundation
import TestUtilities
import Testing

/// The README's Usage examples whose comment states what they print, run as a user would.
@Suite("The README's examples print what their comments say", .enabled(if: LossPlotBinary.isBuilt))
struct ReadmeExampleTests {
    /// (command line without `loss-plot`, the output its comment states) for each example of the
    /// README's Usage block whose comment is a number.
    static func examples() throws -> [([String], String)] {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        let usage = try #require(readme.components(separatedBy: "## Usage\n").dropFirst().first)
        let block = try #require(usage.components(separatedBy: "```").dropFirst().first)
        return block.split(separator: "\n").compactMap { line -> ([String], String)? in
            guard line.hasPrefix("loss-plot "), let hash = line.range(of: "  #") else { return nil }
            let comment = line[hash.upperBound...].trimmingCharacters(in: .whitespaces)
            guard Double(comment) != nil else { return nil }
            return (Array(words(String(line[..<hash.lowerBound])).dropFirst()), comment)
        }
    }

    /// Each transcript of the README: a `$ loss-plot ...` line of a code block and the lines it prints
    /// (until the next `$` line or the end of the block), without redirections or pipes.
    static func transcripts() throws -> [(command: String, output: String)] {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        let blocks = readme.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        var result: [(String, String)] = []
        for block in blocks {
            var command: String?, output: [Substring] = []
            let lines: [Substring] = block.split(separator: "\n", omittingEmptySubsequences: false) + ["$ "]
            for line in lines {
                if line.hasPrefix("$ ") {
                    // Transcripts that read files of their own (@FILE) are illustrations, not runnable here.
                    if let command, !command.contains(">"), !command.contains("|"), !command.contains("@") {
                        result.append((command, output.joined(separator: "\n")))
                    }
                    command = line.hasPrefix("$ loss-plot ") ? String(line.dropFirst(2)) : nil
                    output = []
                } else if command != nil, !line.isEmpty {
                    output.append(line)
                }
            }
        }
        return result
    }

    @Test("each `$ loss-plot` transcript in the README prints what it shows (standard output, then standard error)")
    func transcriptsPrintWhatTheyShow() throws {
        let transcripts = try Self.transcripts()
        // The framework section's --compare, refusal and weighted examples at least.
        #expect(transcripts.count >= 5)
        for (command, shown) in transcripts {
            try withTemporaryFolder { folder in
                let result = try LossPlotBinary.run(Array(Self.words(command).dropFirst()), in: folder)
                let printed = (result.stdout + result.stderr).split(separator: "\n").joined(separator: "\n")
                #expect(printed == shown, "\(command)")
            }
        }
    }

    /// A command line split as a shell splits it, for the double and single quotes the README uses.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], word = "", quote: Character?, started = false
        for character in line {
            if character == "\"" || character == "'", quote == nil || quote == character {
                quote = quote == nil ? character : nil
                started = true
            } else if character == " ", quote == nil {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test("each example prints the number its comment states")
    func examplesPrintTheirComments() throws {
        let examples = try Self.examples()
        // The two numbered examples of today's README (mse 49.5, softmax cross-entropy) at least.
        #expect(examples.count >= 2)
        for (arguments, stated) in examples {
            try withTemporaryFolder { folder in
                let result = try LossPlotBinary.run(arguments, in: folder)
                #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments)")
                #expect(result.stdout == stated + "\n", "loss-plot \(arguments.joined(separator: " "))")
            }
        }
    }

    @Test("the shell split keeps a double-quoted argument whole")
    func words() {
        #expect(Self.words(#"loss-plot eval mse --target "1,9,2;-5,-2,6" --pred 4"#)
            == ["loss-plot", "eval", "mse", "--target", "1,9,2;-5,-2,6", "--pred", "4"])
    }
}
