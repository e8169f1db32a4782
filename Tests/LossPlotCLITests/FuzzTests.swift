import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit
import TestUtilities


/// What a finished output file must look like, by extension: whole, and readable by a parser
/// that is not loss-plot's.
enum OutputFileCheck {
    /// The problems of a file's content, empty when it is a valid, complete file of its kind.
    static func problems(_ data: Data, path: String) -> [String] {
        switch (path as NSString).pathExtension.lowercased() {
        case "png": return isCompletePNG(data) ? [] : ["not a complete PNG (signature, IEND last)"]
        case "svg": return parsesAsXML(data) ? [] : ["the SVG does not parse as XML"]
        case "pdf": return isCompletePDF(data) ? [] : ["not a complete PDF (%PDF- first, %%EOF at the end)"]
        case "json": return (try? JSONSerialization.jsonObject(with: data)) != nil ? [] : ["the JSON does not parse"]
        case "csv": return csvProblems(data)
        default: return ["unexpected file \(path)"]
        }
    }

    static func isCompletePNG(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let iend: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        return bytes.count > 20 && Array(bytes.prefix(8)) == signature && Array(bytes.suffix(12)) == iend
    }

    static func isCompletePDF(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        guard bytes.starts(with: Array("%PDF-".utf8)) else { return false }
        // The trailer's %%EOF, maybe followed by an end of line.
        let tail = String(decoding: bytes.suffix(16), as: UTF8.self)
        return tail.contains("%%EOF")
    }

    static func parsesAsXML(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        return parser.parse()
    }

    /// A header of labels starting with "x", then rows of as many fields, the first a finite number.
    static func csvProblems(_ data: Data) -> [String] {
        guard let records = parseCSV(String(decoding: data, as: UTF8.self)), let header = records.first else {
            return ["the CSV does not parse (an unterminated quote)"]
        }
        var problems: [String] = []
        if header.first != "x" { problems.append("the CSV header does not start with x: \(header.prefix(3))") }
        if records.count < 3 { problems.append("the CSV has \(records.count - 1) rows; a sweep has at least 2 samples") }
        for (i, row) in records.enumerated().dropFirst() {
            if row.count != header.count {
                problems.append("CSV row \(i) has \(row.count) fields, the header \(header.count)")
                break
            }
            if !(Double(row[0])?.isFinite ?? false) {
                problems.append("CSV row \(i) has the x '\(row[0])', not a finite number")
                break
            }
        }
        return problems
    }

    /// RFC 4180 records: fields separated by commas, quoted when they hold commas, quotes or line ends.
    static func parseCSV(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append(chars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { return nil }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

/// Command lines drawn from a grammar of good and bad tokens for every option of `plot`, each run
/// in-process into a folder of its own. A failure prints the seed, the iteration and the command line.
@Suite("Fuzz: random command lines of good and bad tokens end in one valid file or one clean error")
struct FuzzTests {
    /// Fixed, so that every run tries the same command lines; LOSS_PLOT_FUZZ_SEED tries others.
    static let seed = ProcessInfo.processInfo.environment["LOSS_PLOT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x1055_0107
    static let iterations = 400

    /// Each grammar rule: tokens that are fine, then tokens that must be refused (or are odd but fine).
    struct Tokens {
        let good: [String]
        let bad: [String]

        func pick(_ rng: inout SplitMix64, badChance: Double = 0.25) -> String {
            Double.random(in: 0..<1, using: &rng) < badChance || good.isEmpty
                ? bad.randomElement(using: &rng)! : good.randomElement(using: &rng)!
        }
    }

    static let losses = Tokens(
        good: ["l1", "l2", "mse", "mae", "msle", "huber", "pseudo-huber", "log-cosh", "logcosh", "smooth-l1", "quantile",
               "pinball", "poisson", "tukey", "barron", "charbonnier", "cauchy", "geman-mcclure", "welsch", "hinge",
               "squared-hinge", "binary-cross-entropy", "bce", "log-loss", "sigmoid-cross-entropy",
               "weighted-sigmoid-cross-entropy", "softmax-cross-entropy", "sparse-softmax-cross-entropy",
               "categorical-cross-entropy", "cce", "sparse-categorical-cross-entropy", "kl-divergence", "kl", "kld",
               "entropy", "HUBER", "Smooth_L1"],
        bad: ["hubr", "l3", "binary-crossentropy", "softmax", ""])
    /// The numbers of the issue, good and bad mixed: every numeric option draws from them at times.
    static let numbers = [
        "1", "0.5", "-0", "0", "nan", "inf", "-inf", "1e308", "-1e308", "1e-320", "", "abc", "1,2", "1:2:3",
        "-1", "2", "1e300", " 1", "1.5", "1,", "0.1:2:0",
    ]
    /// Values each numeric option accepts, for the losses that take it.
    static let goodNumbers: [String: [String]] = [
        "--delta": ["1", "0.5", "0.25,1,4", "0.1:2:4", "1e-320", "1e308", "2"],
        "--beta": ["1", "0.5", "0.1,2", "1e-320", "3"],
        "--tau": ["0.5", "0", "1", "0.1,0.9", "0:1:3"],
        "--pos-weight": ["0", "1", "2", "0.5,3"],
        "--alpha": ["1", "-inf", "-2,0,2", "-1e308", "1e308", "0.5"],
        "--target": ["0", "1", "-0", "0.5", "0,1", "2", "0.2,0.8"],
        "--rest": ["1,-3", "-3,10", "0", "1", "0.5,0.5"],
    ]
    /// Odd labels, markup asking for a huge font among them.
    static let labels = [
        "<span font=\"99999\">big</span>",
        String(repeating: "é", count: 500), "<b>x</b>", "<b>x", "&", "&amp;", "\"", "'", "\u{1}", "a\u{7}b\u{1B}[31m", "a\nb", "tab\there", "שלום", "שלום world",
        "\u{202E}abc", String(repeating: "long label ", count: 50), "😀👍🏽", "L<sub>1</sub>", "<span foreground=\"red\">r</span>",
        "<i", "%s%n", "a,b", "\\", "δ = 0.5", "",
    ]
    static let samples = Tokens(good: ["2", "3", "10", "100", "2000", " 7"],
                                bad: ["1", "0", "-5", "abc", "", "1e3", "100000001", "2.5"])
    /// Sweeps, with widths that are subnormal or overflow among them.
    static let ranges = Tokens(
        good: ["-1:1", "-3:3", "0:1", "0.001:0.999", "-1e308:-1e307", "-5:0.5", "1e-300:1e-299", "0:1e-320"],
        bad: ["1:1", "2:1", "0:inf", "-inf:0", "nan:1", "abc", "1", "1:2:3", "", ":", "-1e308:1e308",
              "1e-300:1.0000000000000002e-300"])
    static let limits = Tokens(
        good: ["-1:1", "-3:3", "0:1", "0.001:0.999", "1e-320:2e-320", "0:1e-320", "-1e308:-1e307", "-5:0.5"],
        bad: ["1:1", "2:1", "0:inf", "-inf:0", "nan:1", "-1e308:1e308", "abc", "1", "1:2:3", "", ":"])
    static let sizes = Tokens(good: ["200x150", "400x300", "120x90", "3x400", "1x1", "400X300"],
                              bad: ["0x480", "16385x10", "abc", "10x", "x10", "", "-1x5", "200x150x2"])
    static let scales = Tokens(good: ["1", "2", "0.5"], bad: ["0", "nan", "17", "abc", "1e-300", "-1"])
    static let themes = Tokens(good: ["light", "dark"], bad: ["pink"])
    static let legends = Tokens(good: ["best", "upper right", "lower left", "none", "UPPER LEFT", "center"], bad: ["top", ""])
    static let facets = Tokens(good: ["loss", "delta", "alpha", "tau"], bad: ["target", ""])
    static let axisScales = Tokens(good: ["linear", "log", "symlog", "logit"], bad: ["ln", "", "LOG"])
    static let furniture = Tokens(good: ["0", "0.5", "-1", "1e308", "1e-320"], bad: ["nan", "inf", "abc", ""])
    static let spans = Tokens(good: ["0:1", "-1:0.5:label", "0.6:1:well: classified", "1e-320:1e308"], bad: ["1:0", "0", "a:b", ""])
    static let colors = Tokens(good: ["gold", "C0", "#0072b2", "teal", "k", "tab:red", "DarkOrchid"], bad: ["C10", "#12345", "bleu", ""])
    static let lineStyles = Tokens(good: ["solid", "dashed", "dashdot", "dotted", "--", ":"], bad: ["dash", ""])
    static let widths = Tokens(good: ["0.5", "2", "100", "1e-3"], bad: ["0", "-1", "1e9", "nan"])
    static let factors = Tokens(good: ["1", "1.4426950408889634", "0.5", "1e300", "1e-300"], bad: ["0", "-1", "inf"])
    static let extensions = Tokens(good: [".png", ".svg", ".pdf", ".csv", ".json"], bad: [".txt", ""])

    /// `--terminal` sizes its chart by COLUMNS, and a huge COLUMNS traps (a known bug, tested in a process of its own).
    static let terminalIsSafe = ProcessInfo.processInfo.environment["COLUMNS"].map { Int($0).map { (1...1000).contains($0) } ?? true } ?? true

    /// One random command line; `out` is the path `--out` gets.
    static func commandLine(_ rng: inout SplitMix64, out: String) -> [String] {
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        // Whole groups (a loss, a flag and its value, a bare flag) are shuffled, so options come in any order.
        var groups = (0..<[1, 1, 1, 2, 3].randomElement(using: &rng)!).map { _ in [losses.pick(&rng, badChance: 0.1)] }
        for flag in ["--target", "--delta", "--pos-weight", "--tau", "--beta", "--alpha", "--rest"] where chance(0.12) {
            let value = chance(0.6) ? goodNumbers[flag]!.randomElement(using: &rng)! : numbers.randomElement(using: &rng)!
            groups.append([flag, value])
        }
        let valued: [(String, Tokens)] = [
            ("--range", ranges), ("--samples", samples), ("--xlim", limits), ("--ylim", limits),
            ("--legend", legends), ("--scale", scales), ("--theme", themes), ("--facet", facets),
            ("--xscale", axisScales), ("--yscale", axisScales), ("--linthresh", furniture), ("--hline", furniture),
            ("--vline", furniture), ("--span", spans), ("--color", colors), ("--linestyle", lineStyles),
            ("--linewidth", widths), ("--factor", factors),
        ]
        // A file of numbers refuses the options of the picture, so they go only with a drawn file.
        let drawn = ![".csv", ".json"].contains(where: out.hasSuffix)
        let numbered: Set = ["--range", "--samples", "--facet", "--factor"]
        for (flag, tokens) in valued where (drawn || numbered.contains(flag)) && chance(0.12) {
            groups.append([flag, tokens.pick(&rng)])
        }
        for flag in ["--title", "--xlabel", "--ylabel"] where drawn && chance(0.25) {
            groups.append([flag, labels.randomElement(using: &rng)!])
        }
        // Labels must match the curves in number; one or two fit the single-curve losses and pairs.
        if chance(0.3) {
            let count = groups.count(where: { $0.count == 1 }) > 1 && chance(0.5) ? 2 : 1
            for _ in 0..<count { groups.append(["--label", labels.randomElement(using: &rng)!]) }
        }
        for flag in ["--grid", "--transparent", "--gradient", "--geometric"] where (drawn || flag == "--gradient") && chance(0.15) {
            groups.append([flag])
        }
        if terminalIsSafe && chance(0.05) { groups.append(["--terminal"]) }
        if drawn { groups.append(["--size", sizes.pick(&rng, badChance: 0.15)]) }
        groups.append(["--out", out])
        return groups.shuffled(using: &rng).flatMap { $0 }
    }

    /// A command line as a shell would take it back: each argument quoted, control characters escaped.
    static func shellLine(_ arguments: [String]) -> String {
        let quoted = arguments.map { argument -> String in
            let plain = !argument.isEmpty && argument.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.,:/=+".unicodeScalars.contains($0)
            }
            if plain { return argument }
            if argument.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                var out = "$'"
                for scalar in argument.unicodeScalars {
                    switch scalar {
                    case "'": out += "\\'"
                    case "\\": out += "\\\\"
                    case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += String(format: "\\x%02x", scalar.value)
                    default: out.unicodeScalars.append(scalar)
                    }
                }
                return out + "'"
            }
            return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        return (["loss-plot"] + quoted).joined(separator: " ")
    }


    @Test("each command line ends in exactly one valid file, or one line naming the culprit and an empty folder")
    func fuzz() throws {
        var rng = SplitMix64(seed: Self.seed)
        var wrote = 0, refused = 0
        for iteration in 0..<Self.iterations {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let ext = Self.extensions.pick(&rng, badChance: 0.15)
            let out = folder + "/fig" + ext
            let arguments = Self.commandLine(&rng, out: out)
            let error = runCommand(arguments)
            let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            var problems: [String] = []
            var message: String?
            var exitCode: Int32?
            if let error {
                refused += 1
                // What the executable prints after "Error: ", and its exit status.
                let full = LossPlot.fullMessage(for: error)
                message = full.hasPrefix("Error: ") ? String(full.dropFirst("Error: ".count)) : full
                exitCode = LossPlot.exitStatus(for: error)
                let text = message ?? ""
                if text.contains("\n") { problems.append("the message has several lines") }
                if exitCode != 1 { problems.append("exit code \(exitCode!), not 1") }
                let culprits = ["--", "loss", "cannot write", "name at least one loss"]
                if !culprits.contains(where: text.hasPrefix) { problems.append("the message does not start with the culprit") }
                if !left.isEmpty { problems.append("the folder is not empty: \(left)") }
            } else {
                wrote += 1
                if left == ["fig" + ext] {
                    problems += OutputFileCheck.problems(try Data(contentsOf: URL(fileURLWithPath: out)), path: out)
                } else {
                    problems.append("the folder holds \(left), not just fig\(ext)")
                }
            }
            guard !problems.isEmpty else { continue }
            let report = Comment(rawValue: """
                seed \(Self.seed), iteration \(iteration): \(Self.shellLine(arguments))
                → \(message.map { "Error: \($0) (exit \(exitCode!))" } ?? "success"): \(problems.joined(separator: "; "))
                """)
            #expect(problems.isEmpty, report)
        }
        print("fuzz, seed \(Self.seed): \(wrote) command lines wrote a file, \(refused) were refused")
        // The grammar reaches both ends: files written and input refused.
        #expect(wrote >= Self.iterations / 10, "only \(wrote) of \(Self.iterations) command lines wrote a file")
        #expect(refused >= Self.iterations / 10, "only \(refused) of \(Self.iterations) command lines were refused")
    }

    @Test("the CSV reader used by the fuzz test reads quotes, doubled quotes and line ends in fields")
    func csvReader() {
        #expect(OutputFileCheck.parseCSV("x,\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\"\n1,2,3,4\n")
            == [["x", "a,b", "say \"hi\"", "l1\nl2"], ["1", "2", "3", "4"]])
        #expect(OutputFileCheck.parseCSV("x,\"open\n1,2\n") == nil)
        #expect(OutputFileCheck.csvProblems(Data("x,l1\n-1.0,1.0\n1.0\n".utf8)) == ["CSV row 2 has 1 fields, the header 2"])
    }

    @Test("the generator is SplitMix64: its first outputs for seed 1234567 are the published ones")
    func splitMix() {
        var rng = SplitMix64(seed: 1_234_567)
        #expect((0..<3).map { _ in rng.next() } == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }
}
