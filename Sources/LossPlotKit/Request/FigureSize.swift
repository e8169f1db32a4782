import LossFunctions
import Plotting

/// A figure's size as `--size` gives it: each side a length in pixels, inches, centimetres,
/// millimetres or points, as matplotlib's `figsize` with `dpi` (pixels become inches by the dpi).
public struct FigureSize: Sendable, Hashable {
    /// A unit of length a side may be given in.
    public enum Unit: String, Sendable, CaseIterable {
        /// Pixels, 1/dpi inch each.
        case px
        /// Inches.
        case `in`
        /// Centimetres, 1/2.54 inch.
        case cm
        /// Millimetres, 1/25.4 inch.
        case mm
        /// Typographic points, 1/72 inch.
        case pt

        /// Inches per unit; pixels have none of their own (they depend on the dpi).
        var inches: Double? {
            switch self {
            case .px: nil
            case .in: 1
            case .cm: 1 / 2.54
            case .mm: 1 / 25.4
            case .pt: 1 / 72
            }
        }
    }

    /// One side: a number and its unit.
    public struct Length: Sendable, Hashable {
        /// The number given.
        public var value: Double
        /// Its unit; a bare number is in pixels.
        public var unit: Unit

        /// A length of `value` in `unit`.
        public init(_ value: Double, _ unit: Unit) {
            self.value = value
            self.unit = unit
        }

        /// The length in the figure's pixels at 100 dpi (hundredths of an inch), a pixel being
        /// 1/dpi inch.
        func layoutPixels(dpi: Double) -> Double {
            guard let inches = unit.inches else { return dpi == 100 ? value : value * 100 / dpi }
            return value * inches * 100
        }
    }

    /// The width.
    public var width: Length
    /// The height.
    public var height: Length

    /// A size of `width` by `height`.
    public init(width: Length, height: Length) {
        self.width = width
        self.height = height
    }

    /// Whether a side is in pixels, so that the dpi sets its size in inches.
    public var hasPixels: Bool { width.unit == .px || height.unit == .px }

    /// The size in the figure's pixels at 100 dpi, which the layout works in
    /// (1 pt = 100/72 of them, a PDF page 0.72 pt each).
    public func layoutPixels(dpi: Double) -> [Double] {
        [width.layoutPixels(dpi: dpi), height.layoutPixels(dpi: dpi)]
    }
}
