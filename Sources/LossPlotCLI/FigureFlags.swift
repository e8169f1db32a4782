import ArgumentParser
import LossPlotKit
import Plotting

/// The options that describe one figure's output and axes.
public struct FigureFlags: ParsableArguments {
    @Option(help: "The file to write: .png, .svg, .pdf draw the figure; .csv, .json write its numbers; - writes to standard output (with --format).")
    var out: String?

    @Option(help: "The file's format when --out is - or has no extension: png, svg, pdf, csv or json.")
    var format: String?

    @Option(help: "The figure's title (Pango markup and $maths$ allowed).")
    var title: String?

    @Option(help: "The x axis label ($maths$ allowed).")
    var xlabel: String?

    @Option(help: "The y axis label ($maths$ allowed).")
    var ylabel: String?

    @Option(parsing: .unconditional, help: "Fixed x limits LO:HI; lines are clipped there.")
    var xlim: String?

    @Option(parsing: .unconditional, help: "Fixed y limits LO:HI; lines are clipped there.")
    var ylim: String?

    @Option(help: "Legend position, by matplotlib's names: best, upper right, upper left, lower left, lower right, right, center left, center right, lower center, upper center, center, none; or outside: right of the axes, the figure widened by it.")
    var legend: String?

    @Flag(help: "Draw a grid at the ticks.")
    var grid = false

    @Option(parsing: .unconditional, help: "The figure's size WxH, each side in pixels (640 or 640px) or in, cm, mm, pt (3.5inx2.5in); pixels are 1/dpi inch (default 640x480 at 100 dpi, 6.4x4.8 in; 1200x480 with --gradient). A PDF page and an SVG are the size in points, 72 an inch.")
    var size: String?

    public init() {}

    /// The title, labels, limits, legend, grid and size, each value checked.
    func furniture() throws -> PlotRequest.Furniture {
        var furniture = PlotRequest.Furniture()
        furniture.title = title
        furniture.xLabel = xlabel
        furniture.yLabel = ylabel
        furniture.xLimits = try xlim.map { try ArgumentValues.interval($0, flag: "--xlim") }
        furniture.yLimits = try ylim.map { try ArgumentValues.interval($0, flag: "--ylim") }
        if let legend {
            guard let position = LegendPosition(name: legend) else {
                throw InputError("--legend: unknown position '\(legend)'; use one of \(LegendPosition.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            furniture.legend = position
        }
        furniture.grid = grid
        furniture.size = try size.map { try ArgumentValues.size($0, flag: "--size") }
        return furniture
    }

    /// Where the figure goes: `--out` (a file, or - for standard output), or the losses' names
    /// joined, as a PNG unless `--format` says otherwise.
    func destination(losses: [String]) throws -> OutputDestination {
        try OutputDestination(out: out, format: format, defaultStem: losses.joined(separator: "-"))
    }
}
