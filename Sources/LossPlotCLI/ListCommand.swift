import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot list`: every loss, grouped by family, with its formula, parameters and domain;
/// `--json` prints the whole catalog for other programs.
public struct ListCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every loss by family with its formula, parameters and domain (--json: the whole catalog).")

    @Flag(help: "Print the catalog as a JSON array, one object per loss.")
    var json = false

    public init() {}

    public func run() throws {
        print(json ? CatalogJSON.text() : LossText.list(), terminator: "")
    }
}
