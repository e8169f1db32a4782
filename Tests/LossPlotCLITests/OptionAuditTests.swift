import Foundation
import LossFunctions
import TestUtilities
import Testing
@testable import LossPlotCLI

/// What a command line gives a user: its standard output, then every file it wrote (by name).
private func outcome(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
    try withTemporaryFolder { folder in
        let result = try LossPlotBinary.run(arguments, in: folder, environment: ["COLUMNS": "60"].merging(environment) { $1 })
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        var text = result.stdout
        let names = FileManager.default.subpaths(atPath: folder) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            text += "\n== \(name) (\(bytes.count) bytes): \(bytes.base64EncodedString())"
        }
        return text
    }
}

/// The one-line error of a command line, checked to fail with status 1.
private func refusal(_ arguments: [String]) throws -> String {
    try withTemporaryFolder { folder in
        let result = try LossPlotBinary.run(arguments, in: folder, environment: ["COLUMNS": "60"])
        #expect(result.status == 1, "\(arguments)")
        #expect(!result.crashed)
        return result.stderr
    }
}

/// Issue 22's audit: every option of every subcommand changes what the command writes, or is
/// refused with one line saying why. Each case runs a command line with and without the option
/// (or with another value) and compares standard output and every file written.
@Suite("Every option changes the output or is refused", .enabled(if: LossPlotBinary.isBuilt))
struct OptionAuditTests {
    /// (option, the command line without it, the command line with it).
    static let changes: [(String, [String], [String])] = [
        ("plot LOSS", ["huber", "--samples", "5", "--out", "o.csv"], ["l1", "--samples", "5", "--out", "o.csv"]),
        ("plot --range", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--samples", "5", "--range", "-2:2", "--out", "o.csv"]),
        ("plot --samples", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--samples", "7", "--out", "o.csv"]),
        ("plot --target", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--samples", "5", "--target", "0.5", "--out", "o.csv"]),
        ("plot --geometric", ["huber", "--delta", "0.1:10:3", "--samples", "5", "--out", "o.csv"],
         ["huber", "--delta", "0.1:10:3", "--geometric", "--samples", "5", "--out", "o.csv"]),
        ("plot --rest", ["softmax-cross-entropy", "--samples", "5", "--out", "o.csv"],
         ["softmax-cross-entropy", "--rest", "1,2", "--samples", "5", "--out", "o.csv"]),
        ("plot --label", ["huber", "--delta", "1", "--samples", "5", "--out", "o.csv"],
         ["huber", "--delta", "1", "--label", "mine", "--samples", "5", "--out", "o.csv"]),
        ("plot --gradient", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--gradient", "--samples", "5", "--out", "o.csv"]),
        ("plot --derivative", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--derivative", "2", "--samples", "5", "--out", "o.csv"]),
        ("plot --framework", ["l2", "--samples", "5", "--out", "o.csv"], ["l2", "--framework", "exact,optax", "--samples", "5", "--out", "o.csv"]),
        ("plot --facet", ["huber", "--delta", "1,2", "--samples", "5", "--out", "o.csv"],
         ["huber", "--delta", "1,2", "--facet", "delta", "--samples", "5", "--out", "o.csv"]),
        ("plot --terminal", ["huber", "--out", "o.csv"], ["huber", "--terminal", "--out", "o.csv"]),
        ("plot --out", ["huber", "--out", "o.csv"], ["huber", "--out", "o.json"]),
        ("plot --format", ["huber", "--out", "-", "--format", "csv"], ["huber", "--out", "-", "--format", "json"]),
        ("plot --title", ["huber", "--out", "o.svg"], ["huber", "--title", "T", "--out", "o.svg"]),
        ("plot --xlabel", ["huber", "--out", "o.svg"], ["huber", "--xlabel", "X", "--out", "o.svg"]),
        ("plot --ylabel", ["huber", "--out", "o.svg"], ["huber", "--ylabel", "Y", "--out", "o.svg"]),
        ("plot --xlim", ["huber", "--out", "o.svg"], ["huber", "--xlim", "-1:0", "--out", "o.svg"]),
        ("plot --ylim", ["huber", "--out", "o.svg"], ["huber", "--ylim", "0:3", "--out", "o.svg"]),
        ("plot --legend", ["huber", "--out", "o.svg"], ["huber", "--legend", "none", "--out", "o.svg"]),
        ("plot --grid", ["huber", "--out", "o.svg"], ["huber", "--grid", "--out", "o.svg"]),
        ("plot --legend outside", ["huber", "--out", "o.svg"], ["huber", "--legend", "outside", "--out", "o.svg"]),
        ("plot --dpi", ["huber", "--out", "o.png"], ["huber", "--dpi", "200", "--out", "o.png"]),
        ("plot --dpi with a size in pixels", ["huber", "--size", "640x480", "--out", "o.pdf"],
         ["huber", "--size", "640x480", "--dpi", "200", "--out", "o.pdf"]),
        ("plot --font-size", ["huber", "--out", "o.svg"], ["huber", "--font-size", "8", "--out", "o.svg"]),
        ("plot --size", ["huber", "--out", "o.svg"], ["huber", "--size", "300x200", "--out", "o.svg"]),
        ("plot --xscale", ["huber", "--out", "o.svg"], ["huber", "--xscale", "symlog", "--out", "o.svg"]),
        ("plot --yscale", ["huber", "--out", "o.svg"], ["huber", "--yscale", "symlog", "--out", "o.svg"]),
        ("plot --linthresh", ["huber", "--xscale", "symlog", "--out", "o.svg"], ["huber", "--xscale", "symlog", "--linthresh", "0.1", "--out", "o.svg"]),
        ("plot --hline", ["huber", "--out", "o.svg"], ["huber", "--hline", "0.5", "--out", "o.svg"]),
        ("plot --vline", ["huber", "--out", "o.svg"], ["huber", "--vline", "0.5", "--out", "o.svg"]),
        ("plot --span", ["huber", "--out", "o.svg"], ["huber", "--span", "0:0.5", "--out", "o.svg"]),
        ("plot --color", ["huber", "--out", "o.svg"], ["huber", "--color", "red", "--out", "o.svg"]),
        ("plot --palette", ["huber", "--out", "o.svg"], ["huber", "--palette", "tab10", "--out", "o.svg"]),
        ("plot --palette (past the colour map)", ["huber", "--delta", "0.25:3:12", "--out", "o.svg"],
         ["huber", "--delta", "0.25:3:12", "--palette", "default", "--out", "o.svg"]),
        ("plot --linestyle", ["huber", "--out", "o.svg"], ["huber", "--linestyle", "dashed", "--out", "o.svg"]),
        ("plot --linewidth", ["huber", "--out", "o.svg"], ["huber", "--linewidth", "3", "--out", "o.svg"]),
        ("plot --factor", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--factor", "2", "--samples", "5", "--out", "o.csv"]),
        ("plot --scale", ["huber", "--out", "o.png"], ["huber", "--scale", "2", "--out", "o.png"]),
        ("plot --theme", ["huber", "--out", "o.svg"], ["huber", "--theme", "dark", "--out", "o.svg"]),
        ("plot --transparent", ["huber", "--out", "o.svg"], ["huber", "--transparent", "--out", "o.svg"]),
        ("plot --animate", ["huber", "--animate", "delta=1:2:3", "--out", "o.gif"], ["huber", "--animate", "delta=1:3:3", "--out", "o.gif"]),
        ("plot --fps", ["huber", "--animate", "delta=1:2:3", "--out", "o.gif"], ["huber", "--animate", "delta=1:2:3", "--fps", "5", "--out", "o.gif"]),
        ("plot --loop", ["huber", "--animate", "delta=1:2:3", "--out", "o.gif"], ["huber", "--animate", "delta=1:2:3", "--loop", "2", "--out", "o.gif"]),
        ("plot --bounce", ["huber", "--animate", "delta=1:2:3", "--out", "o.gif"], ["huber", "--animate", "delta=1:2:3", "--bounce", "--out", "o.gif"]),
        ("eval LOSS", ["eval", "l1", "--target", "0", "--pred", "3"], ["eval", "l2", "--target", "0", "--pred", "3"]),
        ("eval --target", ["eval", "l1", "--target", "0", "--pred", "3"], ["eval", "l1", "--target", "1", "--pred", "3"]),
        ("eval --pred", ["eval", "l1", "--target", "0", "--pred", "3"], ["eval", "l1", "--target", "0", "--pred", "2"]),
        ("eval --delta", ["eval", "huber", "--target", "0", "--pred", "3"], ["eval", "huber", "--target", "0", "--pred", "3", "--delta", "2"]),
        ("eval --var", ["eval", "gaussian-nll", "--target", "0", "--pred", "1"], ["eval", "gaussian-nll", "--target", "0", "--pred", "1", "--var", "2"]),
        ("eval --epsilon", ["eval", "binary-cross-entropy", "--target", "1", "--pred", "0"],
         ["eval", "binary-cross-entropy", "--target", "1", "--pred", "0", "--epsilon", "0.1"]),
        ("eval --reduction", ["eval", "l1", "--target", "0;0", "--pred", "1;3"], ["eval", "l1", "--target", "0;0", "--pred", "1;3", "--reduction", "sum"]),
        ("eval --sample-weight", ["eval", "l1", "--target", "0;0", "--pred", "1;3"], ["eval", "l1", "--target", "0;0", "--pred", "1;3", "--sample-weight", "1,3"]),
        ("eval --class-weight", ["eval", "nll", "--framework", "pytorch", "--target", "0;1", "--pred", "-0.1,-2.3;-1.2,-0.4"],
         ["eval", "nll", "--framework", "pytorch", "--target", "0;1", "--pred", "-0.1,-2.3;-1.2,-0.4", "--class-weight", "1,3"]),
        ("eval --ignore-index", ["eval", "nll", "--framework", "pytorch", "--target", "0;1", "--pred", "-0.1,-2.3;-1.2,-0.4"],
         ["eval", "nll", "--framework", "pytorch", "--target", "0;1", "--pred", "-0.1,-2.3;-1.2,-0.4", "--ignore-index", "1"]),
        ("eval --framework", ["eval", "binary-cross-entropy", "--target", "1", "--pred", "0"],
         ["eval", "binary-cross-entropy", "--target", "1", "--pred", "0", "--framework", "pytorch"]),
        ("eval --compare", ["eval", "l2", "--target", "0", "--pred", "3"], ["eval", "l2", "--target", "0", "--pred", "3", "--compare"]),
        ("eval --json", ["eval", "l2", "--target", "0", "--pred", "3", "--compare"], ["eval", "l2", "--target", "0", "--pred", "3", "--compare", "--json"]),
        ("eval --log-input", ["eval", "poisson-nll", "--target", "2", "--pred", "1", "--framework", "pytorch", "--log-input"],
         ["eval", "poisson-nll", "--target", "2", "--pred", "1", "--framework", "pytorch", "--no-log-input"]),
        ("eval --full", ["eval", "gaussian-nll", "--target", "0", "--pred", "1", "--var", "2", "--framework", "pytorch"],
         ["eval", "gaussian-nll", "--target", "0", "--pred", "1", "--var", "2", "--framework", "pytorch", "--full"]),
        ("eval --log-target", ["eval", "kl-divergence", "--target", "0.5,0.5", "--pred", "0.2,0.8", "--framework", "pytorch"],
         ["eval", "kl-divergence", "--target", "0.5,0.5", "--pred", "0.2,0.8", "--framework", "pytorch", "--log-target"]),
        ("eval --input2", ["eval", "margin-ranking", "--target", "1", "--pred", "1", "--input2", "0", "--framework", "pytorch"],
         ["eval", "margin-ranking", "--target", "1", "--pred", "1", "--input2", "3", "--framework", "pytorch"]),
        ("eval --out", ["eval", "l1", "--target", "0", "--pred", "3"], ["eval", "l1", "--target", "0", "--pred", "3", "--out", "o.npy"]),
        ("batch --out-dir", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--only", "l1-l2", "--format", "svg", "--out-dir", "elsewhere"]),
        ("batch --format", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--only", "l1-l2", "--format", "pdf"]),
        ("batch --only", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--only", "l1-l2,huber", "--format", "svg"]),
        ("batch --print-manifest", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--print-manifest"]),
        ("batch --scale", ["batch", "--only", "l1-l2", "--format", "png"], ["batch", "--only", "l1-l2", "--format", "png", "--scale", "2"]),
        ("batch --dpi", ["batch", "--only", "l1-l2", "--format", "png"], ["batch", "--only", "l1-l2", "--format", "png", "--dpi", "200"]),
        ("batch --font-size", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--only", "l1-l2", "--format", "svg", "--font-size", "8"]),
        ("batch --theme", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--only", "l1-l2", "--format", "svg", "--theme", "dark"]),
        ("batch --transparent", ["batch", "--only", "l1-l2", "--format", "svg"], ["batch", "--only", "l1-l2", "--format", "svg", "--transparent"]),
        ("plot --expr", ["huber", "--samples", "5", "--out", "o.csv"], ["huber", "--expr", "abs(r)", "--samples", "5", "--out", "o.csv"]),
        ("plot --param", ["--expr", "c*r^2", "--param", "c=1", "--samples", "5", "--out", "o.csv"],
         ["--expr", "c*r^2", "--param", "c=2", "--samples", "5", "--out", "o.csv"]),
        ("plot --y", ["huber", "--range", "-3:3", "--out", "o.svg"], ["huber", "--y", "delta=0.1:3", "--range", "-3:3", "--out", "o.svg"]),
        ("plot --levels", ["huber", "--y", "delta=0.1:3", "--range", "-3:3", "--out", "o.svg"],
         ["huber", "--y", "delta=0.1:3", "--range", "-3:3", "--levels", "4", "--out", "o.svg"]),
        ("info --expr", ["info", "huber"], ["info", "--expr", "abs(r)"]),
        ("info --param", ["info", "--expr", "c*abs(r)", "--param", "c=1"], ["info", "--expr", "c*abs(r)", "--param", "c=2"]),
        ("info --range", ["info", "--expr", "abs(r)"], ["info", "--expr", "abs(r)", "--range", "-1:1"]),
        ("info --target", ["info", "--expr", "abs(r)"], ["info", "--expr", "abs(r)", "--target", "1"]),
        ("eval --expr", ["eval", "l1", "--target", "0", "--pred", "3"], ["eval", "--expr", "r^2", "--target", "0", "--pred", "3"]),
        ("eval --param", ["eval", "--expr", "c*r^2", "--param", "c=1", "--target", "0", "--pred", "3"],
         ["eval", "--expr", "c*r^2", "--param", "c=2", "--target", "0", "--pred", "3"]),
        ("eval --derivative", ["eval", "l2", "--target", "0;0", "--pred", "1;3", "--reduction", "none"],
         ["eval", "l2", "--target", "0;0", "--pred", "1;3", "--reduction", "none", "--derivative", "1"]),
        ("fit LOSS", ["fit", "l2", "--out", "o.json"], ["fit", "l1", "--out", "o.json"]),
        ("fit --expr", ["fit", "l2", "--out", "o.json"], ["fit", "l2", "--expr", "abs(r)", "--out", "o.json"]),
        ("fit --param", ["fit", "--expr", "where(abs(r)<c, r^2/2, c*(abs(r)-c/2))", "--param", "c=0.5", "--out", "o.json"],
         ["fit", "--expr", "where(abs(r)<c, r^2/2, c*(abs(r)-c/2))", "--param", "c=5", "--out", "o.json"]),
        ("fit --scale", ["fit", "huber", "--out", "o.json"], ["fit", "huber", "--scale", "mad", "--out", "o.json"]),
        ("fit --weights", ["fit", "huber", "--out", "o.png"], ["fit", "huber", "--weights", "--out", "o.png"]),
        ("fit --surface", ["fit", "huber", "--out", "o.png"], ["fit", "huber", "--surface", "--out", "o.png"]),
        ("fit --title", ["fit", "huber", "--out", "o.svg"], ["fit", "huber", "--title", "T", "--out", "o.svg"]),
        ("fit --out", ["fit", "huber", "--out", "o.json"], ["fit", "huber", "--out", "o.csv"]),
        ("fit --format", ["fit", "huber", "--out", "-", "--format", "csv"], ["fit", "huber", "--out", "-", "--format", "json"]),
        ("list --json", ["list"], ["list", "--json"]),
        ("list --markdown", ["list"], ["list", "--markdown"]),
        ("info LOSS", ["info", "huber"], ["info", "l1"]),
    ]

    @Test("the option changes what is written", arguments: changes)
    func changesTheOutput(option: String, without: [String], with: [String]) throws {
        #expect(try outcome(without) != outcome(with), "\(option)")
    }

    @Test("each loss parameter changes a curve of a loss that takes it", arguments: LossParameter.all)
    func parameterChangesTheCurve(parameter: LossParameter) throws {
        let loss = try #require(Catalog.all.first { $0.spec(for: parameter) != nil })
        let range = try #require(loss.spec(for: parameter)).range
        let value = try #require([0.3, 2, 0.7, 5, -0.5, 1, 0].first { range.contains($0) && $0 != loss.standardValues[parameter] })
        let base = [loss.name, "--samples", "5", "--out", "o.csv"]
        #expect(try outcome(base) != outcome(base + [parameter.flag, "\(value)"]), "\(parameter.flag) on \(loss.name)")
    }

    @Test("each loss parameter changes what eval prints and what fit fits, on a loss that takes it", arguments: LossParameter.all)
    func parameterChangesEvalAndFit(parameter: LossParameter) throws {
        func value(for loss: LossDefinition) throws -> Double {
            let range = try #require(loss.spec(for: parameter)).range
            return try #require([0.3, 2, 0.7, 5, -0.5, 1, 0].first { range.contains($0) && $0 != loss.standardValues[parameter] })
        }
        // eval: a loss of one prediction per target, at two points of its figure's range (a
        // parameter may matter on one side only: DWD's q above its kink).
        let pointwise = try #require(Catalog.all.first { $0.spec(for: parameter) != nil && $0.rowKernel == nil })
        let ends = pointwise.figure.range ?? [0.1, 0.9]
        let (x1, x2) = (ends[0] + 0.3 * (ends[1] - ends[0]), ends[0] + 0.8 * (ends[1] - ends[0]))
        let t = pointwise.figure.targets.first ?? 0
        let eval = ["eval", pointwise.name, "--target", "\(t);\(t)", "--pred", "\(x1);\(x2)", "--reduction", "none"]
        #expect(try outcome(eval) != outcome(eval + [parameter.flag, "\(try value(for: pointwise))"]), "eval \(parameter.flag) on \(pointwise.name)")
        // fit: a loss it fits a line under, or else the flag is refused there.
        if let fitted = Catalog.all.first(where: { loss in
            guard case .pointwise = loss.kernel, loss.spec(for: parameter) != nil else { return false }
            return loss.family == .distance || loss.family == .margin || loss.family == .probability
        }) {
            let fit = ["fit", fitted.name, "--out", "o.json"]
            #expect(try outcome(fit) != outcome(fit + [parameter.flag, "\(try value(for: fitted))"]), "fit \(parameter.flag) on \(fitted.name)")
        } else {
            #expect(try refusal(["fit", "l2", parameter.flag, "1", "--out", "o.json"]) == "Error: \(parameter.flag): none of l2 takes \(parameter.name); `loss-plot info LOSS` lists a loss's parameters\n")
        }
    }

    /// Options whose effect is tested elsewhere, where the test can set up what they need.
    static let testedElsewhere: [String: String] = [
        "plot --force": "LargeOutputTests (a file over 1 GB is written only with it; refused where nothing large is written)",
        "batch --manifest": "ManifestDefaultsTests and BadInputTests (a manifest's figures are drawn instead of the built-in set)",
        "fit --data": "FitCommandTests (points read from a file, against scipy's and statsmodels' fits)",
    ]

    @Test("an option given twice is refused, since the parser keeps the last; options taking one value each time may repeat", arguments: [
        (["huber", "--delta", "1", "--delta", "2", "--out", "o.png"], "--delta: given 2 times, and only the last would count; give it once"),
        (["huber", "--derivative", "1", "--derivative", "2", "--out", "o.csv"], "--derivative: given 2 times, and only the last would count; give it once"),
        (["huber", "--out", "x.png", "--out=y.png"], "--out: given 2 times, and only the last would count; give it once"),
        (["huber", "--grid", "--grid", "--out", "o.png"], "--grid: given 2 times, and only the last would count; give it once"),
        (["eval", "l2", "--target", "1", "--pred", "2", "--reduction", "sum", "--reduction", "mean"], "--reduction: given 2 times, and only the last would count; give it once"),
        (["eval", "poisson-nll", "--target", "1", "--pred", "1", "--framework", "pytorch", "--log-input", "--no-log-input"],
         "--log-input: given with --no-log-input, and only the last would count; give one of them"),
    ])
    func givenTwice(arguments: [String], message: String) throws {
        #expect(try refusal(arguments) == "Error: \(message)\n")
    }

    @Test("the options allowed to repeat are the ones the parser collects, subcommand by subcommand")
    func repeatableMatchesTheParser() throws {
        let result = try withTemporaryFolder { try LossPlotBinary.run(["--experimental-dump-help"], in: $0) }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        for sub in command["subcommands"] as? [[String: Any]] ?? [] {
            let name = try #require(sub["commandName"] as? String)
            let repeating = Set((sub["arguments"] as? [[String: Any]] ?? []).compactMap { argument -> String? in
                guard argument["isRepeating"] as? Bool == true,
                      let long = (argument["names"] as? [[String: Any]])?.first(where: { $0["kind"] as? String == "long" })?["name"] as? String
                else { return nil }
                return "--" + long
            })
            #expect(repeating == RepeatedOptions.repeatable[name] ?? [], "\(name)")
        }
        // And a repeatable option repeats: three labels for three curves.
        #expect(try outcome(["huber", "--label", "a", "--label", "b", "--label", "c", "--out", "o.svg"]).contains("o.svg"))
    }

    @Test("every option of every subcommand has its audit case: the list above, a loss parameter, or a test elsewhere")
    func everyOptionAudited() throws {
        let result = try withTemporaryFolder { try LossPlotBinary.run(["--experimental-dump-help"], in: $0) }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let audited = Set(Self.changes.map { $0.0.split(separator: " ").prefix(2).joined(separator: " ") })
            .union(Self.testedElsewhere.keys)
        let parameterFlags = Set(LossParameter.all.map(\.flag))
        var missing: [String] = []
        for sub in command["subcommands"] as? [[String: Any]] ?? [] {
            let name = sub["commandName"] as? String ?? ""
            guard name != "help" else { continue }
            for argument in sub["arguments"] as? [[String: Any]] ?? [] {
                guard let long = (argument["names"] as? [[String: Any]])?.first(where: { $0["kind"] as? String == "long" })?["name"] as? String
                else { continue }
                let flag = "--" + long
                guard !["--help", "--version", "--no-log-input"].contains(flag), !parameterFlags.contains(flag) else { continue }
                if !audited.contains("\(name) \(flag)") { missing.append("\(name) \(flag)") }
            }
        }
        #expect(missing.isEmpty, "options with no audit case: \(missing)")
    }

    /// Each option of the picture, as given on a command line.
    static let pictureOptions: [[String]] = [
        ["--title", "T"], ["--xlabel", "X"], ["--ylabel", "Y"], ["--xlim", "0:1"], ["--ylim", "0:1"], ["--xscale", "symlog"],
        ["--yscale", "symlog"], ["--xscale", "symlog", "--linthresh", "0.5"], ["--color", "red"], ["--palette", "tab10"], ["--legend", "none"], ["--grid"],
        ["--size", "300x200"], ["--hline", "1"], ["--vline", "1"], ["--span", "0:1"], ["--linestyle", "dashed"],
        ["--linewidth", "3"], ["--scale", "2"], ["--theme", "dark"], ["--transparent"], ["--dpi", "200"], ["--font-size", "8"],
    ]

    @Test("an option of the picture is refused when the file holds the numbers", arguments: pictureOptions)
    func pictureOptionRefusedForNumbers(option: [String]) throws {
        // --scale is a pixel density, which only a .png has (a .svg or .pdf refuses it too).
        let formats = option[0] == "--scale" ? ".png" : ".png, .svg or .pdf"
        #expect(try refusal(["huber", "--out", "o.json"] + option)
            == "Error: \(option[0]): changes only the picture, and 'o.json' holds the figure's numbers; draw it as \(formats)\n")
    }

    @Test("an option the terminal chart does not draw is refused for the chart alone",
          arguments: [["--grid"], ["--size", "300x200"], ["--hline", "1"], ["--vline", "1"], ["--span", "0:1"], ["--linestyle", "dashed"],
                      ["--linewidth", "3"], ["--scale", "2"], ["--theme", "dark"], ["--transparent"], ["--legend", "upper left"],
                      ["--legend", "outside"], ["--dpi", "200"], ["--font-size", "8"]])
    func chartOptionRefused(option: [String]) throws {
        #expect(try refusal(["huber", "--terminal"] + option)
            == "Error: \(option[0]): the terminal chart does not draw it; add --out FILE.png to draw a picture too\n")
    }

    @Test("the chart's own options are read with a numbers file", arguments: [["--title", "T"], ["--xlim", "0:1"], ["--legend", "none"]])
    func chartOptionsWithNumbers(option: [String]) throws {
        #expect(try outcome(["huber", "--terminal", "--out", "o.csv"]) != outcome(["huber", "--terminal", "--out", "o.csv"] + option))
    }

    static let refusals: [([String], String)] = [
        (["huber", "--label", "a", "--label", "b", "--label", "c", "--legend", "none", "--out", "o.png"],
         "--label: the legend is off (--legend none), so no label would show; drop one of them"),
        (["huber", "--gradient", "--derivative", "1", "--out", "o.png"],
         "--gradient: --derivative 1 already draws the first derivatives; give one of them"),
        (["huber", "--gradient", "--derivative", "1,2", "--out", "o.png"],
         "--gradient: --derivative 1,2 already draws the first derivatives; give one of them"),
        (["huber", "--scale", "2", "--out", "o.svg"],
         "--scale: '2' sets the pixel density of a .png, .gif, .webp or .apng; a .svg is drawn in points at any size"),
        (["huber", "--scale", "2", "--out", "o.pdf"],
         "--scale: '2' sets the pixel density of a .png, .gif, .webp or .apng; a .pdf is drawn in points at any size"),
        (["huber", "--animate", "delta=1:2:3", "--scale", "2", "--out", "o.html"],
         "--scale: '2' sets the pixel density of a .png, .gif, .webp or .apng; the .html page draws its frames at scale 1"),
        (["huber", "--animate", "delta=1:2:3", "--loop", "2", "--out", "o.html"],
         "--loop: the .html page plays with its own buttons and sliders; it applies to a .gif, .webp or .apng"),
        (["huber", "--animate", "delta=1:2:3", "--bounce", "--out", "o.html"],
         "--bounce: the .html page plays with its own buttons and sliders; it applies to a .gif, .webp or .apng"),
        (["huber", "--geometric", "--delta", "1,2"],
         "--geometric: spaces a LO:HI:N sweep, and no parameter or --animate is given as one (e.g. --delta 0.1:10:5)"),
        (["huber", "--palette", "tab10", "--color", "red", "--out", "o.svg"],
         "--palette: 'tab10' colours no curve, since --color gives every curve its colour; give one or the other"),
        (["huber", "--palette", "viridis", "--out", "o.svg"], "--palette: 'viridis' is not a palette; use default, tab10 or okabe-ito"),
        (["eval", "gaussian-nll", "--target", "0", "--pred", "1", "--var", "2", "--full"],
         "--full: changes only what --framework or --compare computes (it is a framework function's argument); add one of them"),
        (["eval", "kl-divergence", "--target", "0.5,0.5", "--pred", "0.2,0.8", "--log-target"],
         "--log-target: changes only what --framework or --compare computes (it is a framework function's argument); add one of them"),
        (["eval", "margin-ranking", "--target", "1", "--pred", "1", "--input2", "0"],
         "--input2: changes only what --framework or --compare computes (it is a framework function's argument); add one of them"),
        (["eval", "poisson-nll", "--target", "2", "--pred", "1", "--log-input"],
         "--log-input: changes only what --framework or --compare computes (it is a framework function's argument); add one of them"),
        (["eval", "poisson-nll", "--target", "2", "--pred", "1", "--no-log-input"],
         "--no-log-input: changes only what --framework or --compare computes (it is a framework function's argument); add one of them"),
        (["eval", "l2", "--target", "0", "--pred", "1", "--input2", "3", "--framework", "keras"],
         "--input2: keras.losses.MeanSquaredError takes no second input; it is for margin_ranking, cosine_embedding and triplet losses"),
        (["eval", "nll", "--target", "0;1", "--pred", "-0.1,-2.3;-1.2,-0.4", "--ignore-index", "1"],
         "--ignore-index: changes only what --framework or --compare computes (it is a framework function's argument); add one of them"),
        (["huber", "--dpi", "300", "--out", "o.pdf"],
         "--dpi: '300' sets the pixels of a .png, .gif, .webp or .apng, and the inches of a --size in pixels; a .pdf is drawn in points at its size in inches"),
        (["huber", "--size", "3.5inx2.5in", "--dpi", "300", "--out", "o.svg"],
         "--dpi: '300' sets the pixels of a .png, .gif, .webp or .apng, and the inches of a --size in pixels; a .svg is drawn in points at its size in inches"),
        (["huber", "--animate", "delta=1:2:3", "--dpi", "200", "--out", "o.html"],
         "--dpi: '200' sets the pixels of a .png, .gif, .webp or .apng, and the inches of a --size in pixels; the .html page draws its frames at 100 dpi"),
        (["huber", "--animate", "delta=1:2:3", "--legend", "outside", "--out", "o.gif"],
         "--legend: 'outside' widens a still figure by its legend; an animation's frames keep one size, so put the legend inside the axes"),
        (["batch", "--format", "svg,pdf", "--dpi", "300"],
         "--dpi: '300' sets the pixels of a .png; svg and pdf are drawn in points at the figures' sizes in inches"),
        (["batch", "--print-manifest", "--dpi", "300"], "--dpi: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--font-size", "8"], "--font-size: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["list", "--json", "--markdown"], "--markdown: prints the catalog as Markdown and --json as JSON; give one of them"),
        (["batch", "--format", "svg,pdf", "--scale", "2"], "--scale: '2' sets the pixel density of a .png; svg and pdf are drawn in points at any size"),
        (["batch", "--print-manifest", "--out-dir", "x"], "--out-dir: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--format", "svg"], "--format: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--manifest", "m.json"], "--manifest: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--only", "l1-l2"], "--only: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--scale", "2"], "--scale: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--theme", "dark"], "--theme: --print-manifest prints the built-in set and renders nothing; give one or the other"),
        (["batch", "--print-manifest", "--transparent"], "--transparent: --print-manifest prints the built-in set and renders nothing; give one or the other"),
    ]

    @Test("an option that would change nothing is refused in one line", arguments: refusals)
    func refused(arguments: [String], message: String) throws {
        #expect(try refusal(arguments) == "Error: \(message)\n")
    }
}
