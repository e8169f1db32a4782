import ArgumentParser
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

    /// Sets the spec's scales and furniture; errors name the flag and the value.
    func apply(to spec: inout FigureSpec) throws {
        for (flag, text) in [("--xscale", xscale), ("--yscale", yscale)] {
            if let text, AxisScale(name: text) == nil {
                throw CommandError("\(flag): '\(text)' is not a scale; use one of \(AxisScale.names.joined(separator: ", "))")
            }
        }
        if let linthresh {
            let value = try ArgumentValues.number(linthresh, flag: "--linthresh")
            guard value > 0 else {
                throw CommandError("--linthresh: '\(linthresh)' is not allowed; it must be a number above 0")
            }
            guard xscale == "symlog" || yscale == "symlog" else {
                throw CommandError("--linthresh: '\(linthresh)' is read by a symlog axis only; add --xscale symlog or --yscale symlog")
            }
            spec.linthresh = value
        }
        spec.xScale = xscale
        spec.yScale = yscale
        let scales = [("--xlim", spec.xLimits, xscale, "x"), ("--ylim", spec.yLimits, yscale, "y")]
        for (flag, limits, name, axis) in scales {
            guard let limits, let name, let scale = AxisScale(name: name), !limits.allSatisfy(scale.shows) else { continue }
            let text = limits.map(ShortNumber.format).joined(separator: ":")
            throw CommandError("\(flag): '\(text)' cannot be shown on a \(name) \(axis) axis, which shows \(scale.domainDescription) only")
        }
        if !hLines.isEmpty { spec.hLines = try hLines.map { try ArgumentValues.number($0, flag: "--hline") } }
        if !vLines.isEmpty { spec.vLines = try vLines.map { try ArgumentValues.number($0, flag: "--vline") } }
        if !spans.isEmpty { spec.spans = try spans.map(Self.span) }
    }

    /// "LO:HI" or "LO:HI:LABEL"; the label may hold colons of its own.
    static func span(_ text: String) throws -> SpanSpec {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { throw CommandError("--span: '\(text)' is not of the form LO:HI or LO:HI:LABEL") }
        let interval = try ArgumentValues.interval(parts[0] + ":" + parts[1], flag: "--span")
        return SpanSpec(lower: interval[0], upper: interval[1], label: parts.count == 3 && !parts[2].isEmpty ? parts[2] : nil)
    }
}
