import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot list`: every loss, grouped by family, with its formula, parameters and domain;
/// `--json` prints the whole catalog for other programs, `--markdown` the page `docs/catalog.md`.
public struct ListCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List every loss by family with its formula, parameters and domain (--json: the whole catalog).")

    @Flag(help: "Print the catalog as a JSON array, one object per loss.")
    var json = false

    @Flag(help: "Print the catalog as the Markdown page docs/catalog.md.")
    var markdown = false

    public init() {}

    public func run() throws {
        if json, markdown { throw InputError("--markdown: prints the catalog as Markdown and --json as JSON; give one of them") }
        print(json ? CatalogJSON.text() : markdown ? LossText.markdown() : LossText.list(), terminator: "")
    }
}
