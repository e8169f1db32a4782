import ArgumentParser
import Plotting

/// The options of how each curve looks, and its constant factor: one value for every curve, or
/// one per curve in order, like --label.
public struct CurveLookFlags: ParsableArguments {
    @Option(name: .customLong("color"), help: "A curve's colour: a matplotlib name (gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb; once for all curves or once per curve.")
    var colors: [String] = []

    @Option(name: .customLong("linestyle"), parsing: .unconditionalSingleValue, help: "A curve's line style: solid, dashed, dashdot or dotted (or matplotlib's -, -., : and --linestyle=--); once for all curves or once per curve.")
    var lineStyles: [String] = []

    @Option(name: .customLong("linewidth"), parsing: .unconditionalSingleValue, help: "A curve's line width in points (default 1.5); once for all curves or once per curve.")
    var lineWidths: [String] = []

    @Option(name: .customLong("factor"), parsing: .unconditionalSingleValue, help: "Multiply a curve and its derivative by this constant, e.g. 1.4427 for a base-2 log loss; once for all curves or once per curve.")
    var factors: [String] = []

    /// The widest line allowed, in points.
    static let maxWidth = 100.0

    public init() {}

    /// Sets each curve's look; errors name the flag and the value.
    func apply(to curves: inout [CurveSpec]) throws {
        let colorValues = try colors.map { name in
            guard Color.named(name) != nil else {
                throw CommandError("--color: '\(name)' is not a colour; use a matplotlib name (blue, gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb")
            }
            return name
        }
        let styleValues = try lineStyles.map { name in
            guard LineStyle(name: name) != nil else {
                throw CommandError("--linestyle: '\(name)' is not a line style; use solid, dashed, dashdot or dotted")
            }
            return name
        }
        let widthValues = try lineWidths.map { text in
            let value = try ArgumentValues.number(text, flag: "--linewidth")
            guard value > 0, value <= Self.maxWidth else {
                throw CommandError("--linewidth: '\(text)' is not allowed; it must be a number of points above 0 and at most 100")
            }
            return value
        }
        let factorValues = try factors.map { text in
            let value = try ArgumentValues.number(text, flag: "--factor")
            guard value > 0 else { throw CommandError("--factor: '\(text)' is not allowed; it must be a finite number above 0") }
            return value
        }
        let count = curves.count
        func each<T>(_ values: [T], flag: String, _ set: (inout CurveSpec, T) -> Void) throws {
            guard !values.isEmpty else { return }
            guard values.count == 1 || values.count == count else {
                throw CommandError("\(flag): \(values.count) values given for \(count) curves; give one for all curves or one per curve, in order")
            }
            for i in curves.indices { set(&curves[i], values.count == 1 ? values[0] : values[i]) }
        }
        try each(colorValues, flag: "--color") { $0.color = $1 }
        try each(styleValues, flag: "--linestyle") { $0.style = $1 }
        try each(widthValues, flag: "--linewidth") { $0.lineWidth = $1 }
        try each(factorValues, flag: "--factor") { $0.factor = $1 }
    }
}
