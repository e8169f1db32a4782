import ArgumentParser
import LossPlotKit
import Plotting

/// The options of how any figure is rendered, shared by `plot` and `batch`.
public struct RenderFlags: ParsableArguments, Sendable {
    @Option(name: .customLong("scale"), parsing: .unconditional,
            help: "Pixel density: 2 gives a 1280x960 PNG of a 640x480 figure, with the same layout; it multiplies --dpi.")
    var scaleText = "1"

    @Option(name: .customLong("dpi"), parsing: .unconditional,
            help: "Pixels per inch, as matplotlib's dpi: a --size in pixels is pixels/dpi inches, and a PNG has dpi pixels an inch, so --size 3.5inx2.5in --dpi 300 gives 1050x750 pixels, the 100-dpi layout scaled; --scale multiplies it.")
    var dpiText = "100"

    @Option(name: .customLong("font-size"), parsing: .unconditional,
            help: "The base font size in points, matplotlib's font.size: tick labels, axis labels and the legend are this size, the title 1.2 times it.")
    var fontSizeText = "10"

    @Option(name: .customLong("theme"), help: "The colours of axes, text and background: light or dark.")
    var themeText = "light"

    @Flag(name: .long, help: "Leave the background transparent.")
    var transparent = false

    public init() {}

    /// The pixel density, dpi, font size and theme, each checked.
    func settings() throws -> RenderSettings {
        var settings = RenderSettings()
        let value = try ArgumentValues.number(scaleText, flag: "--scale")
        guard value > 0, value <= 16 else {
            throw InputError("--scale: '\(scaleText)' is not allowed; it must be a number above 0 and at most 16")
        }
        settings.scale = value
        let dpi = try ArgumentValues.number(dpiText, flag: "--dpi")
        guard dpi >= 10, dpi <= 2400 else {
            throw InputError("--dpi: '\(dpiText)' is not allowed; it must be a number from 10 to 2400")
        }
        settings.dpi = dpi
        let fontSize = try ArgumentValues.number(fontSizeText, flag: "--font-size")
        guard fontSize > 0, fontSize <= 72 else {
            throw InputError("--font-size: '\(fontSizeText)' is not allowed; it must be a number of points above 0 and at most 72")
        }
        settings.fontSize = fontSize
        guard let choice = ThemeChoice(rawValue: themeText) else {
            throw InputError("--theme: '\(themeText)' is not a theme; use light or dark")
        }
        settings.theme = transparent ? choice.theme.transparent : choice.theme
        return settings
    }
}
