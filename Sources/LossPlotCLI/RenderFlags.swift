import ArgumentParser
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

    public func validate() throws {
        _ = try scale()
        _ = try theme()
    }

    /// The pixel density, above 0 and at most 16.
    func scale() throws -> Double {
        let value = try ArgumentValues.number(scaleText, flag: "--scale")
        guard value > 0, value <= 16 else {
            throw CommandError("--scale: '\(scaleText)' is not allowed; it must be a number above 0 and at most 16")
        }
        return value
    }

    func theme() throws -> Theme {
        guard let choice = ThemeChoice(rawValue: themeText) else {
            throw CommandError("--theme: '\(themeText)' is not a theme; use light or dark")
        }
        return transparent ? choice.theme.transparent : choice.theme
    }

    /// The render options, with the size when one was asked for; the image must be from 1 to
    /// 16384 pixels a side at this density.
    func options(size: Size? = nil) throws -> RenderOptions {
        let scale = try scale()
        if let size {
            let width = (size.width * scale).rounded(), height = (size.height * scale).rounded()
            guard width >= 1, height >= 1, width <= FigureBuilder.maxPixels, height <= FigureBuilder.maxPixels else {
                throw CommandError("--scale: '\(scaleText)' makes the image \(ShortNumber.format(width))x\(ShortNumber.format(height)) pixels; each side must be from 1 to 16384")
            }
        }
        return RenderOptions(size: size, scale: scale, theme: try theme())
    }
}
