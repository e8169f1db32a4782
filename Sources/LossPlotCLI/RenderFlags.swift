import ArgumentParser
import Plotting

/// The options of how any figure is rendered, shared by `plot` and `batch`.
public struct RenderFlags: ParsableArguments, Sendable {
    @Option(name: .long, help: "Pixel density: 2 gives a 1280x960 PNG of a 640x480 figure, with the same layout.")
    var scale: Double = 1

    @Option(name: .long, help: "The colours of axes, text and background.")
    var theme: ThemeChoice = .light

    @Flag(name: .long, help: "Leave the background transparent.")
    var transparent = false

    public init() {}

    public func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 16 else {
            throw CommandError("--scale: '\(ShortNumber.format(scale))' is not allowed; it must be a number above 0 and at most 16")
        }
    }

    /// The render options, with the size when one was asked for.
    func options(size: Size? = nil) throws -> RenderOptions {
        if let size, size.width * scale > FigureBuilder.maxPixels || size.height * scale > FigureBuilder.maxPixels {
            throw CommandError("--scale: \(ShortNumber.format(scale)) makes the image \(Int(size.width * scale))x\(Int(size.height * scale)), more than 16384 pixels a side")
        }
        return RenderOptions(size: size, scale: scale, theme: transparent ? theme.theme.transparent : theme.theme)
    }
}
