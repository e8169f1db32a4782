import ArgumentParser
import LossPlotKit
import Plotting

/// The options of how any figure is rendered, shared by `plot` and `batch`.
public struct RenderFlags: ParsableArguments, Sendable {
    @Option(name: .customLong("scale"), parsing: .unconditional,
            help: "Pixel density: 2 gives a 1280x960 PNG of a 640x480 figure, with the same layout.")
    var scaleText = "1"

    @Option(name: .customLong("theme"), help: "The colours of axes, text and background: light or dark.")
    var themeText = "light"

    @Flag(name: .long, help: "Leave the background transparent.")
    var transparent = false

    public init() {}

    /// The pixel density and theme, each checked.
    func settings() throws -> RenderSettings {
        var settings = RenderSettings()
        let value = try ArgumentValues.number(scaleText, flag: "--scale")
        guard value > 0, value <= 16 else {
            throw InputError("--scale: '\(scaleText)' is not allowed; it must be a number above 0 and at most 16")
        }
        settings.scale = value
        guard let choice = ThemeChoice(rawValue: themeText) else {
            throw InputError("--theme: '\(themeText)' is not a theme; use light or dark")
        }
        settings.theme = transparent ? choice.theme.transparent : choice.theme
        return settings
    }
}
