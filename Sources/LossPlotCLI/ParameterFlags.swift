import ArgumentParser
import LossFunctions
import LossPlotKit

/// The shape parameters of the losses, as `plot` and `eval` take them: `plot` reads each as a
/// list (one curve per value), `eval` as one value. `loss-plot info LOSS` says which a loss takes.
public struct ParameterFlags: ParsableArguments, Sendable {
    @Option(parsing: .unconditional, help: "Huber's and pseudo-Huber's delta, Tukey's c, the robust losses' scale c.")
    var delta: String?

    @Option(parsing: .unconditional, help: "Barron's shape alpha (or -inf); focal loss's class weight; Tversky's false-positive weight.")
    var alpha: String?

    @Option(parsing: .unconditional, help: "Smooth L1's beta; Tversky's false-negative weight.")
    var beta: String?

    @Option(parsing: .unconditional, help: "The quantile of the pinball loss, in [0, 1].")
    var tau: String?

    @Option(name: .customLong("pos-weight"), parsing: .unconditional, help: "The weight of positives in weighted sigmoid cross-entropy.")
    var posWeight: String?

    @Option(parsing: .unconditional, help: "Focal loss's focusing exponent; the smoothed hinge's width.")
    var gamma: String?

    @Option(parsing: .unconditional, help: "The exponent of DWD and of the generalized cross-entropy.")
    var q: String?

    @Option(parsing: .unconditional, help: "The exponent p of the Lp distance.")
    var power: String?

    @Option(parsing: .unconditional, help: "The period c of the periodic loss.")
    var period: String?

    @Option(parsing: .unconditional, help: "The margin of the ranking and embedding losses.")
    var margin: String?

    @Option(parsing: .unconditional, help: "The half-width of the epsilon-insensitive zone.")
    var width: String?

    @Option(name: .customLong("var"), parsing: .unconditional, help: "The variance of the Gaussian negative log-likelihood.")
    var `var`: String?

    @Option(name: .customLong("poly-epsilon"), parsing: .unconditional, help: "The weight of the poly-1 term.")
    var polyEpsilon: String?

    @Option(name: .customLong("label-smoothing"), parsing: .unconditional, help: "Label smoothing of the cross-entropies, in [0, 1).")
    var labelSmoothing: String?

    public init() {}

    /// What was typed for each parameter that was given, in declaration order. Each option is
    /// found by its property's name, which is the parameter's manifest field (`posWeight`, `var`).
    var given: [(LossParameter, String)] {
        Mirror(reflecting: self).children.compactMap { child in
            guard let label = child.label, let option = child.value as? Option<String?>, let text = option.wrappedValue,
                  let parameter = LossParameter.named(String(label.dropFirst())) else { return nil }
            return (parameter, text)
        }
    }

    /// Each parameter's values as a list or a sweep, one curve each: `--delta 0.5,1` or `--delta 0.1:5:12`.
    func lists(geometric: Bool) throws -> [LossParameter: [Double]] {
        var lists: [LossParameter: [Double]] = [:]
        for (parameter, text) in given {
            lists[parameter] = try ArgumentValues.list(text, flag: parameter.flag, geometric: geometric, allowInfinity: true)
        }
        return lists
    }
}
