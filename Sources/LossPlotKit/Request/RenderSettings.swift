import LossFunctions
import Plotting

/// How a picture is rendered, as `--scale`, `--theme` and `--transparent` say.
public struct RenderSettings: Sendable {
    /// Device pixels per pixel, above 0 and at most 16.
    public var scale: Double = 1
    /// The colours of axes, text and background.
    public var theme: Theme = .light

    /// Scale 1, the light theme.
    public init() {}

    /// The render options, with the size when one was asked for.
    ///
    /// - Throws: ``InputError`` naming `--scale` when the image would be under 1 or over 16384
    ///   pixels a side at this density.
    public func options(size: Size? = nil) throws -> RenderOptions {
        if let size {
            let width = (size.width * scale).rounded(), height = (size.height * scale).rounded()
            guard width >= 1, height >= 1, width <= FigureBuilder.maxPixels, height <= FigureBuilder.maxPixels else {
                throw InputError("--scale: '\(ShortNumber.format(scale))' makes the image \(ShortNumber.format(width))x\(ShortNumber.format(height)) pixels; each side must be from 1 to 16384")
            }
        }
        return RenderOptions(size: size, scale: scale, theme: theme)
    }
}
