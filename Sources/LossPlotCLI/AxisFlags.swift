import ArgumentParser
import LossPlotKit
import Plotting

/// The options of a figure's axes beyond their limits: scales and reference furniture.
public struct AxisFlags: ParsableArguments {
    @Option(help: "The x axis's scale: linear, log, symlog or logit, as matplotlib's.")
    var xscale: String?

    @Option(help: "The y axis's scale: linear, log, symlog or logit, as matplotlib's.")
    var yscale: String?

    @Option(parsing: .unconditional, help: "Where a symlog axis turns from linear to logarithmic (default 1).")
    var linthresh: String?

    @Option(name: .customLong("hline"), parsing: .unconditionalSingleValue, help: "A thin reference line across the plot at this y; repeatable.")
    var hLines: [String] = []

    @Option(name: .customLong("vline"), parsing: .unconditionalSingleValue, help: "A thin reference line down the plot at this x; repeatable.")
    var vLines: [String] = []

    @Option(name: .customLong("span"), parsing: .unconditionalSingleValue, help: "A shaded x span LO:HI or LO:HI:LABEL, as matplotlib's axvspan; repeatable.")
    var spans: [String] = []

    public init() {}

    /// The scales and reference furniture, each value checked.
    func axes() throws -> PlotRequest.Axes {
        var axes = PlotRequest.Axes()
        for (flag, text) in [("--xscale", xscale), ("--yscale", yscale)] {
            if let text, AxisScale(name: text) == nil {
                throw InputError("\(flag): '\(text)' is not a scale; use one of \(AxisScale.names.joined(separator: ", "))")
            }
        }
        axes.xScale = xscale
        axes.yScale = yscale
        if let linthresh {
            let value = try ArgumentValues.number(linthresh, flag: "--linthresh")
            guard value > 0 else {
                throw InputError("--linthresh: '\(linthresh)' is not allowed; it must be a number above 0")
            }
            axes.linthresh = value
        }
        axes.hLines = try hLines.map { try ArgumentValues.number($0, flag: "--hline") }
        axes.vLines = try vLines.map { try ArgumentValues.number($0, flag: "--vline") }
        axes.spans = try spans.map(ArgumentValues.span)
        return axes
    }
}
