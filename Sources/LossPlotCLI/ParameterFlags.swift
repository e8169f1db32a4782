import ArgumentParser
import LossFunctions
import LossPlotKit

/// The shape parameters of the losses, as `plot` and `eval` take them: `plot` reads each as a
/// list (one curve per value), `eval` as one value. `loss-plot info LOSS` says which a loss takes.
///
/// Each option is a `LossParameter`'s flag and help; its property is named for the parameter's
/// manifest field, which is how `given` finds it (a test checks that every parameter has one).
public struct ParameterFlags: ParsableArguments, Sendable {
    @Option(name: .customLong(LossParameter.delta.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.delta.help))
    var delta: String?

    @Option(name: .customLong(LossParameter.alpha.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.alpha.help))
    var alpha: String?

    @Option(name: .customLong(LossParameter.beta.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.beta.help))
    var beta: String?

    @Option(name: .customLong(LossParameter.tau.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.tau.help))
    var tau: String?

    @Option(name: .customLong(LossParameter.posWeight.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.posWeight.help))
    var posWeight: String?

    @Option(name: .customLong(LossParameter.gamma.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.gamma.help))
    var gamma: String?

    @Option(name: .customLong(LossParameter.q.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.q.help))
    var q: String?

    @Option(name: .customLong(LossParameter.power.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.power.help))
    var power: String?

    @Option(name: .customLong(LossParameter.period.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.period.help))
    var period: String?

    @Option(name: .customLong(LossParameter.margin.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.margin.help))
    var margin: String?

    @Option(name: .customLong(LossParameter.width.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.width.help))
    var width: String?

    @Option(name: .customLong(LossParameter.variance.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.variance.help))
    var `var`: String?

    @Option(name: .customLong(LossParameter.polyEpsilon.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.polyEpsilon.help))
    var polyEpsilon: String?

    @Option(name: .customLong(LossParameter.labelSmoothing.name), parsing: .unconditional, help: ArgumentHelp(LossParameter.labelSmoothing.help))
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
