import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot info LOSS`: one loss in full for a person; `info --expr FORMULA`: a formula's
/// properties checked numerically over a range.
public struct InfoCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Show one loss in full: formula, parameters, domain, properties, conventions, source; or check a formula's properties on a range (--expr).")

    @Argument(help: "The loss; `loss-plot list` shows them all. Leave it out with --expr.")
    var loss: String?

    @Option(name: .customLong("expr"), parsing: .unconditional,
            help: ArgumentHelp("A formula of x, t, r = x - t and m = t*x whose properties are checked numerically over --range (convex, where the second derivative is negative, minimum, bound, Lipschitz constant, symmetry).",
                               discussion: FormulaHelp.grammar, valueName: "formula"))
    var formula: String?

    @Option(name: .customLong("param"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A parameter of the formula, NAME=VALUES; each value is checked in turn.", valueName: "name=values"))
    var formulaParameters: [String] = []

    @Option(parsing: .unconditional, help: "The interval LO:HI the formula is checked on (default -3:3).")
    var range: String?

    @Option(parsing: .unconditional, help: "The target t the formula is checked at (default 0, or 1 for a formula of the margin m).")
    var target: String?

    public init() {}

    public func run() throws {
        guard let formula else {
            guard let loss else { throw InputError("name a loss (e.g. `loss-plot info huber`), or give a formula with --expr") }
            for (flag, given) in [("--param", !formulaParameters.isEmpty), ("--range", range != nil), ("--target", target != nil)] where given {
                throw InputError("\(flag): checks a formula's properties; it goes with --expr")
            }
            print(LossText.info(try LossLookup.loss(named: loss, field: "loss")), terminator: "")
            return
        }
        if let loss { throw InputError("--expr: checks a formula instead of a named loss; give '\(loss)' or --expr, not both") }
        let compiled = try FormulaFlags.compiled([formula], parameters: formulaParameters, labels: nil, geometric: false)[0]
        let interval = try range.map { try ArgumentValues.interval($0, flag: "--range") } ?? FormulaLoss.defaultRange
        let t = try target.map { try ArgumentValues.number($0, flag: "--target") }
        print(LossText.formulaInfo(compiled, range: interval, target: t), terminator: "")
    }
}
