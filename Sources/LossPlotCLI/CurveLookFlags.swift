import ArgumentParser
import LossPlotKit
import Plotting

/// The options of how each curve looks, and its constant factor: one value for every curve, or
/// one per curve in order, like --label.
public struct CurveLookFlags: ParsableArguments {
    @Option(name: .customLong("color"), help: "A curve's colour: a matplotlib name (gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb; once for all curves or once per curve.")
    var colors: [String] = []

    @Option(name: .customLong("palette"), help: "The colours curves take in turn: default (20 distinct colours, Okabe and Ito's 8 first), tab10 (matplotlib's 10) or okabe-ito (Okabe and Ito's 8, told apart with any colour vision). --theme dark draws each palette's lightened colours.")
    var palette: String?

    @Option(name: .customLong("linestyle"), parsing: .unconditionalSingleValue, help: "A curve's line style: solid, dashed, dashdot or dotted (or matplotlib's -, -., : and --linestyle=--); once for all curves or once per curve.")
    var lineStyles: [String] = []

    @Option(name: .customLong("linewidth"), parsing: .unconditionalSingleValue, help: "A curve's line width in points (default 1.5); once for all curves or once per curve.")
    var lineWidths: [String] = []

    @Option(name: .customLong("factor"), parsing: .unconditionalSingleValue, help: "Multiply a curve and its derivative by this constant, e.g. 1.4427 for a base-2 log loss; once for all curves or once per curve.")
    var factors: [String] = []

    public init() {}

    /// Each curve's look, every value checked.
    func look() throws -> PlotRequest.CurveLook {
        var look = PlotRequest.CurveLook()
        look.colors = try colors.map { name in
            guard Color.named(name) != nil else {
                throw InputError("--color: '\(name)' is not a colour; use a matplotlib name (blue, gold, teal, cornflowerblue, ...), C0 to C9, or #rrggbb")
            }
            return name
        }
        if let palette {
            guard CurvePalette.named(palette) != nil else {
                throw InputError("--palette: '\(palette)' is not a palette; use \(CurvePalette.namesText)")
            }
            look.palette = palette
        }
        look.lineStyles = try lineStyles.map { name in
            guard LineStyle(name: name) != nil else {
                throw InputError("--linestyle: '\(name)' is not a line style; use solid, dashed, dashdot or dotted")
            }
            return name
        }
        look.lineWidths = try lineWidths.map { text in
            let value = try ArgumentValues.number(text, flag: "--linewidth")
            guard value > 0, value <= PlotRequest.CurveLook.maxWidth else {
                throw InputError("--linewidth: '\(text)' is not allowed; it must be a number of points above 0 and at most 100")
            }
            return value
        }
        look.factors = try factors.map { text in
            let value = try ArgumentValues.number(text, flag: "--factor")
            guard value > 0 else { throw InputError("--factor: '\(text)' is not allowed; it must be a finite number above 0") }
            return value
        }
        return look
    }
}
