import ArgumentParser
import LossPlotKit

/// The parser keeps only the last of an option given twice (`--delta 1 --delta 2` draws δ = 2),
/// so the first would change nothing: refused, as every option that changes nothing is. Options
/// that take one value per occurrence (`--label`, `--color`, ...) may repeat.
enum RepeatedOptions {
    /// Per subcommand, its options that repeat; OptionAuditTests checks them against the parser's
    /// own description (`--experimental-dump-help`).
    static let repeatable: [String: Set<String>] = [
        "plot": ["--expr", "--param", "--label", "--hline", "--vline", "--span", "--color", "--linestyle", "--linewidth", "--factor", "--animate"],
        "info": ["--param"],
        "eval": ["--param"],
        "fit": ["--expr", "--param"],
    ]

    /// The subcommands' names, as the root command declares them, and `help`.
    static let subcommands = Set(LossPlot.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

    /// Throws when an option that does not repeat is given twice, or with its inversion.
    ///
    /// - Throws: ``InputError`` naming the option: "--delta: given 2 times, and only the last would count; give it once".
    static func check(_ arguments: [String]) throws {
        let subcommand = arguments.first.flatMap { subcommands.contains($0) ? $0 : nil }
            ?? LossPlot.configuration.defaultSubcommand?.configuration.commandName ?? "plot"
        let allowed = repeatable[subcommand] ?? []
        var counts: [String: Int] = [:]
        var order: [String] = []
        for argument in arguments {
            if argument == "--" { break }
            guard argument.hasPrefix("--"), argument.count > 2 else { continue }
            let name = String(argument.split(separator: "=", maxSplits: 1)[0])
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        for name in order where !allowed.contains(name) && counts[name]! > 1 {
            throw InputError("\(name): given \(counts[name]!) times, and only the last would count; give it once")
        }
        if counts["--log-input"] != nil, counts["--no-log-input"] != nil {
            throw InputError("--log-input: given with --no-log-input, and only the last would count; give one of them")
        }
    }
}

extension LossPlot {
    /// Parses a command line as the process does: options given twice refused, then
    /// ArgumentParser's parse of the commands.
    ///
    /// - Throws: ``InputError`` for an option given twice, or the parser's error.
    public static func parse(_ arguments: [String]) throws -> ParsableCommand {
        try RepeatedOptions.check(arguments)
        return try parseAsRoot(arguments)
    }
}
