import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot info LOSS`: one loss in full for a person.
public struct InfoCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show one loss in full: formula, parameters, domain, properties, conventions, source.")

    @Argument(help: "The loss; `loss-plot list` shows them all.")
    var loss: String

    public init() {}

    public func run() throws {
        print(LossText.info(try LossLookup.loss(named: loss, field: "loss")), terminator: "")
    }
}
