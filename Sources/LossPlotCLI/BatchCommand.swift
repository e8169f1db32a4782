import ArgumentParser
import Platform
import LossPlotKit

/// `loss-plot batch`: renders a whole figure set, the article's or a manifest's, on every core.
public struct BatchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render the article's figures and the gallery's extras (or a manifest's figures) into a folder, one line per file written.")

    @Option(name: .customLong("out-dir"), help: "The folder to write into (default plots); it is created when missing.")
    var outDir: String?

    @Option(help: "Formats to write, separated by commas: png, svg, pdf (default png,svg).")
    var format: String?

    @Option(help: "A JSON file of figures, in the form --print-manifest shows, instead of the article's set; - reads standard input.")
    var manifest: String?

    @Flag(name: .customLong("print-manifest"), help: "Print the built-in figure set as a manifest and exit.")
    var printManifest = false

    @Option(help: "Render only these figures, by name, separated by commas.")
    var only: String?

    @OptionGroup var render: RenderFlags

    public init() {}

    public func run() throws {
        if printManifest {
            let given = [("--out-dir", outDir != nil), ("--format", format != nil), ("--manifest", manifest != nil), ("--only", only != nil),
                         ("--scale", render.scaleText != "1"), ("--dpi", render.dpiText != "100"),
                         ("--font-size", render.fontSizeText != "10"), ("--theme", render.themeText != "light"), ("--transparent", render.transparent)]
            if let flag = given.first(where: \.1)?.0 {
                throw InputError("\(flag): --print-manifest prints the built-in set and renders nothing; give one or the other")
            }
        }
        var request = BatchRequest(outDir: outDir ?? "plots", formats: try BatchFormat.parse(format ?? "png,svg"))
        request.manifest = manifest
        request.printsManifest = printManifest
        request.only = only.map { $0.split(separator: ",").map { $0.trimmingWhitespace() } }
        request.render = try render.settings()
        try BatchRun(request).run()
    }
}
