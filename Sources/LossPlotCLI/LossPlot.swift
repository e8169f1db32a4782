import ArgumentParser

/// The `loss-plot` command: draws the loss functions of deep learning.
public struct LossPlot: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "loss-plot",
        abstract: "Draw the loss functions of deep learning, write their numbers, and compute them.",
        version: "0.1.0",
        subcommands: [PlotCommand.self, ListCommand.self, BatchCommand.self, EvalCommand.self],
        defaultSubcommand: PlotCommand.self)

    public init() {}
}
