import ArgumentParser
import CairoCanvas
import Foundation

/// The `loss-plot` command: draws the loss functions of deep learning.
public struct LossPlot: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loss-plot",
        abstract: "Draw the loss functions of deep learning, write their numbers, and compute them.",
        version: "0.1.0",
        subcommands: [PlotCommand.self, ListCommand.self, InfoCommand.self, BatchCommand.self, EvalCommand.self],
        defaultSubcommand: PlotCommand.self)

    public init() {}

    /// Runs the command line of this process. Large buffers (images, PNG data) are kept in the
    /// heap between figures instead of being mapped and unmapped each time: fewer page faults.
    public static func runProcess() {
        _ = mallopt(-3, 64 << 20)  // M_MMAP_THRESHOLD
        _ = mallopt(-1, 128 << 20)  // M_TRIM_THRESHOLD
        if CommandLine.arguments.dropFirst().first == "batch" {
            // Fonts load on another core while the command line is read.
            FontLibrary.prewarm(formats: [.png, .svg])
        }
        if let script = CompletionScripts.requested(by: Array(CommandLine.arguments.dropFirst())) {
            print(script, terminator: "")
            return
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // --help and --version end here too, with their own output.
            if exitCode(for: error) == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((errorLine(for: error) + "\n").utf8))
            Foundation.exit(1)
        }
    }

    /// What a failure prints: one line that names the flag and the value ("Error: --delta: ...").
    public static func errorLine(for error: Error) -> String {
        "Error: " + (message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)")
    }
}

/// glibc's mallopt(3); its header is not part of the Glibc module.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
