import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot fit LOSS...`: a straight line fitted to points under each loss.
public struct FitCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a line y = a x + b to points under each loss, and draw the points, the lines and each point's weight.",
        discussion: """
            Each loss (and each value of its parameters, and each --expr formula) gives one line: the minimum of the mean of rho(a x + b - y), its parameters in the data's units. Convex losses reach the global minimum (Newton with the exact derivatives and a line search; L1 and the quantile loss exactly, as the linear programmes they are); Tukey, Cauchy, Welsch and Geman-McClure start from the L1 fit and reach a local minimum, which the JSON says.
            Without --data, 40 built-in points with outliers: y = 2x + 1 + N(0, 0.5^2) at x uniform on [0, 10], the 6 largest x raised by U(15, 25), drawn from SplitMix64 seeded with 25.
            Logistic regression: sigmoid-cross-entropy on 0/1 labels (a margin loss reads them as -1/1), drawn as P(y = 1).
            Example: loss-plot fit l2 l1 huber --delta 1,4 --weights --out fit.png
            Example: loss-plot fit huber --delta 1.345 --scale mad --data points.csv --out fit.json   (statsmodels' RLM(y, X, M=HuberT(1.345)).fit())
            """)

    @Argument(help: ArgumentHelp("The losses: distance losses (`loss-plot list`), or none with --expr.", valueName: "loss"),
              completion: .list(Catalog.names))
    var losses: [String] = []

    @OptionGroup(title: "Loss parameters: a list a,b,c or a sweep LO:HI:N, one fit each")
    var parameters: ParameterFlags

    @Option(name: .customLong("expr"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A loss of your own as a formula of x (the prediction a x + b), t (the point's y) and r = x - t; repeat for several.", valueName: "formula"))
    var formulas: [String] = []

    @Option(name: .customLong("param"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A parameter of the --expr formulas, NAME=VALUES, one fit per value.", valueName: "name=values"))
    var formulaParameters: [String] = []

    @Option(help: "The points: a file of two columns x, y (CSV with or without a header, or what np.savetxt writes), or - for standard input; default: the built-in points.")
    var data: String?

    @Option(help: "none: residuals in the data's units; mad: divided by MAD / 0.6745 re-estimated each iteration, as statsmodels' RLM does by default.")
    var scale: String?

    @Flag(help: "Add a panel of each point's IRLS weight psi(r)/r under each loss: which points each loss listens to.")
    var weights = false

    @Flag(help: "Draw each loss's objective over (slope, intercept) as filled contours instead, one panel per fit, its minimum marked and the least-squares minimum on every panel.")
    var surface = false

    @Option(help: "The figure's title.")
    var title: String?

    @Option(help: "The file to write: .png, .svg, .pdf draw the points and lines; .json, .csv write each fit's numbers; - writes to standard output (with --format).")
    var out: String?

    @Option(help: "The file's format when --out is - or has no extension: png, svg, pdf, csv or json.")
    var format: String?

    public init() {}

    public func run() throws {
        try FitRun(try request()).run()
    }

    func request() throws -> FitRequest {
        guard !losses.isEmpty || !formulas.isEmpty else {
            throw InputError("name at least one loss, e.g. `loss-plot fit l2 l1 huber --out fit.png`, or give a formula with --expr")
        }
        let named = try losses.map { try LossLookup.loss(named: $0, field: "loss") }
        var entries = try FitRequest.entries(named, parameters: parameters.lists(geometric: false))
        for loss in try FormulaFlags.losses(formulas, parameters: formulaParameters, labels: nil, geometric: false) {
            entries.append(FitRequest.Entry(loss: loss, parameters: ParameterValues(), label: loss.name))
        }
        let data = try data.map(FitData.read) ?? .builtIn
        let destination = try OutputDestination(out: out, format: format, defaultStem: (["fit"] + losses).joined(separator: "-"))
        var request = FitRequest(entries: entries, data: data, destination: destination)
        if let scale {
            guard let value = LineFit.Scale(rawValue: scale) else { throw InputError("--scale: '\(scale)' is not a scale; use none or mad") }
            request.scale = value
        }
        request.weightsPanel = weights
        request.surface = surface
        if surface, weights { throw InputError("--weights: a panel beside the lines; --surface draws the objectives instead, so give one or the other") }
        request.title = title
        return request
    }
}
