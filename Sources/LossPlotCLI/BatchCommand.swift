import ArgumentParser
import Foundation
import LossPlotKit

/// `loss-plot batch`: renders a whole figure set, the article's or a manifest's, on every core.
public struct BatchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render the article's figures and the gallery's extras (or a manifest's figures) into a folder, one line per file written.")

    @Option(name: .customLong("out-dir"), help: "The folder to write into; it is created when missing.")
    var outDir = "plots"

    @Option(help: "Formats to write, separated by commas: png, svg, pdf.")
    var format = "png,svg"

    @Option(help: "A JSON file of figures, in the form --print-manifest shows, instead of the article's set.")
    var manifest: String?

    @Flag(name: .customLong("print-manifest"), help: "Print the built-in figure set as a manifest and exit.")
    var printManifest = false

    @Option(help: "Render only these figures, by name, separated by commas.")
    var only: String?

    @OptionGroup var render: RenderFlags

    public init() {}

    public func run() throws {
        var request = BatchRequest(outDir: outDir, formats: try BatchFormat.parse(format))
        request.manifest = manifest
        request.printsManifest = printManifest
        request.only = only.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        request.render = try render.settings()
        try BatchRun(request).run()
    }
}
