import Platform
import LossFunctions
import Plotting

/// A colour bar beside the panels: which parameter the curves' colours stand for.
public struct ColorBarSpec: Codable, Sendable, Equatable {
    /// The parameter's symbol (δ, γ, ...).
    public var label: String
    /// The parameter's smallest and largest value.
    public var range: [Double]
    /// Whether the values were spaced geometrically.
    public var logarithmic: Bool?

    /// A colour bar labelled `label` over `range` ([lower, upper]).
    public init(label: String, range: [Double], logarithmic: Bool? = nil) {
        self.label = label
        self.range = range
        self.logarithmic = logarithmic
    }
}

extension ColorBarSpec {
    /// More than six curves of one loss that differ in one parameter only are coloured by viridis,
    /// with a colour bar labelled by the parameter instead of a long legend; on a dark theme, by
    /// the part of viridis that stands out from its background (`ColorMap.viridis(on:)`).
    static func colorByParameter(_ curves: inout [CurveSpec], kinds: [LossDefinition], grid: CurveGrid, geometric: Bool,
                                 theme: Theme) -> ColorBarSpec? {
        guard curves.count > 6, kinds.count == 1, curves.allSatisfy({ $0.target == curves[0].target }) else { return nil }
        let varying = kinds[0].parameters.map(\.parameter).filter { p in Set(curves.map { $0.value(of: p) }).count > 1 }
        guard varying.count == 1, let parameter = varying.first else { return nil }
        let values = curves.map { $0.value(of: parameter) ?? 0 }
        guard let lo = values.min(), let hi = values.max(), lo.isFinite, hi.isFinite, lo < hi else { return nil }
        let logarithmic = geometric && lo > 0
        for i in curves.indices {
            let t = logarithmic ? log(values[i] / lo) / log(hi / lo) : (values[i] - lo) / (hi - lo)
            curves[i].color = ColorMap.viridis(on: theme).color(at: t).hexString
        }
        return ColorBarSpec(label: parameter.symbol, range: [lo, hi], logarithmic: logarithmic)
    }
}
