import LossFunctions
import Plotting

/// How a picture is rendered, as `--dpi`, `--scale`, `--font-size`, `--theme` and `--transparent` say.
public struct RenderSettings: Sendable {
    /// Device pixels per pixel, above 0 and at most 16.
    public var scale: Double = 1
    /// Pixels per inch, matplotlib's `dpi` (100 by default): a size in pixels is that many
    /// inches over it, and a PNG has this many pixels an inch, times ``scale``.
    public var dpi: Double = 100
    /// The base font size in points, matplotlib's `font.size` (10 by default), above 0 and at most 72.
    public var fontSize: Double = 10
    /// The colours of axes, text and background.
    public var theme: Theme = .light

    /// Scale 1, 100 dpi, 10 pt text, the light theme.
    public init() {}

    /// The render options, with the size when one was asked for.
    ///
    /// - Throws: ``InputError`` naming `--scale` (or `--dpi` when it is the one given) when the
    ///   image would be under 1 or over 16384 pixels a side at this density.
    public func options(size: Size? = nil) throws -> RenderOptions {
        if let size {
            let width = (size.width * density).rounded(), height = (size.height * density).rounded()
            guard width >= 1, height >= 1, width <= FigureBuilder.maxPixels, height <= FigureBuilder.maxPixels else {
                let flag = scale == 1 ? "--dpi" : "--scale", value = scale == 1 ? dpi : scale
                throw InputError("\(flag): '\(ShortNumber.format(value))' makes the image \(ShortNumber.format(width))x\(ShortNumber.format(height)) pixels; each side must be from 1 to 16384")
            }
        }
        var options = RenderOptions(size: size, scale: density, theme: theme)
        options.fontSize = fontSize
        options.dpi = dpi
        return options
    }

    /// Device pixels per figure pixel (a hundredth of an inch): the dpi over 100, times the scale.
    var density: Double { scale * (dpi / 100) }
}
