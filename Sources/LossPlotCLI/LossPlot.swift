import ArgumentParser
import Platform
import LossPlotKit

/// The `loss-plot` command: draws the loss functions of deep learning.
public struct LossPlot: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loss-plot",
        abstract: "Draw the loss functions of deep learning, write their numbers, and compute them.",
        version: "0.1.0",
        subcommands: [PlotCommand.self, ListCommand.self, InfoCommand.self, BatchCommand.self, EvalCommand.self, FitCommand.self],
        defaultSubcommand: PlotCommand.self)

    public init() {}

    /// Runs the command line of this process and exits with ``exitStatus(for:)`` of what failed.
    public static func runProcess() {
        ProcessSetup.prepare(arguments: Array(CommandLine.arguments.dropFirst()))
        if let script = CompletionScripts.requested(by: Array(CommandLine.arguments.dropFirst())) {
            print(script, terminator: "")
            return
        }
        do {
            var command = try parse(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch {
            // --help and --version end here too, with their own output.
            if exitCode(for: error) == .success { exit(withError: error) }
            StandardError.write((errorLine(for: error) + "\n"))
            Glibc.exit(exitStatus(for: error))
        }
    }

    /// The status the process exits with after `error`: 0 for `--help` and `--version`, 1 for
    /// every refusal (a bad option, a bad file, a failed write), as the README says.
    public static func exitStatus(for error: Error) -> Int32 {
        exitCode(for: error) == .success ? 0 : 1
    }

    /// What a failure prints: one line that names the flag and the value ("Error: --delta: ...").
    public static func errorLine(for error: Error) -> String {
        "Error: " + (message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)")
    }
}
