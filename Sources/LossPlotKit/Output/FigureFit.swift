import CairoCanvas
import LossFunctions
import Plotting

/// Fits a figure to its text before it is drawn: widened by a legend outside the axes, and
/// refused when it is too small to hold its axes and text.
enum FigureFit {
    /// The figure widened by its outside legend, checked to hold its axes and text.
    ///
    /// - Throws: ``InputError`` naming `--size` (or `--font-size` when the size is the default)
    ///   with the smallest size that fits, before anything is written.
    static func fitted(_ figure: Figure, options: RenderOptions) throws -> Figure {
        try FigureRasterizer.measuring { canvas in
            let widened = figure.widenedForOutsideLegend(measuringWith: canvas)
            if let smallest = FigureLayout.smallestSize(of: widened, canvas: canvas) {
                throw tooSmall(figure.size, smallest: smallest, options: options)
            }
            return widened
        }
    }

    /// Refuses a size of an animation's frames that cannot hold their axes and text.
    static func check(_ figure: Figure, options: RenderOptions) throws {
        if let smallest = try FigureRasterizer.measuring({ FigureLayout.smallestSize(of: figure, canvas: $0) }) {
            throw tooSmall(figure.size, smallest: smallest, options: options)
        }
    }

    /// The one line naming the size given and the smallest that fits, in the user's pixels and in inches.
    static func tooSmall(_ size: Size, smallest: Size, options: RenderOptions) -> InputError {
        let dpi = options.dpi
        let pixels = "\(pixelText(smallest.width, dpi: dpi))x\(pixelText(smallest.height, dpi: dpi))"
        let inches = "\(inchText(smallest.width))x\(inchText(smallest.height)) in at \(ShortNumber.format(dpi)) dpi"
        let fits = "the smallest that fits is \(pixels) (\(inches))"
        if let given = options.givenSize {
            return InputError("--size: '\(text(of: given))' is too small for this figure's axes and text; \(fits)")
        }
        let current = "\(pixelText(size.width, dpi: dpi))x\(pixelText(size.height, dpi: dpi))"
        if options.fontSize != 10 {
            return InputError("--font-size: '\(ShortNumber.format(options.fontSize))' is too large for the figure's \(current); \(fits), given with --size")
        }
        return InputError("--size: the figure's \(current) is too small for its axes and text; \(fits)")
    }

    /// A size in figure pixels (hundredths of an inch) as whole pixels at `dpi`, rounded up.
    private static func pixelText(_ value: Double, dpi: Double) -> String {
        ShortNumber.format((value * dpi / 100 - 1e-9).rounded(.up))
    }

    /// A size in figure pixels as inches, rounded up to the hundredth.
    private static func inchText(_ value: Double) -> String {
        ShortNumber.format(value.rounded(.up) / 100)
    }

    /// The size as it was given: "100x80", "3.5inx2.5in".
    private static func text(of size: FigureSize) -> String {
        func side(_ length: FigureSize.Length) -> String {
            ShortNumber.format(length.value) + (length.unit == .px ? "" : length.unit.rawValue)
        }
        return "\(side(size.width))x\(side(size.height))"
    }
}
