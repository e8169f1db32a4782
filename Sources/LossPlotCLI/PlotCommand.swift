import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot LOSS... [options]`: draws losses, or writes their numbers.
public struct PlotCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw one or more losses, or write their numbers (the default command).",
        discussion: """
            Examples:
              loss-plot l1 l2 --out fig.png
              loss-plot huber --delta 0.5,1,2 --range -3:3 --out huber.svg
              loss-plot binary-cross-entropy --target 1 --gradient --out bce.csv
              loss-plot huber --format svg --out - > huber.svg
              loss-plot huber:delta=1.345 tukey:delta=4.685 --range -8:8
              loss-plot focal:gamma=0,2:alpha=0.25 --out focal.png
            A loss's parameters: the flags (--delta, --gamma, ...) give values to every loss that \
            takes the parameter; LOSS:NAME=VALUES binds values to that loss alone, replacing the \
            flag's for it. NAME is a flag's name without dashes (delta, pos-weight); VALUES a list \
            a,b,c or a sweep LO:HI:N, one curve per value, as the flags take them; several bindings \
            follow one another, focal:gamma=0,2:alpha=0.25.
            Maths in --title, --xlabel, --ylabel, --label, --span labels and a manifest's titles, \
            labels and panels, as matplotlib's mathtext: the text between two $ is TeX, \
            '$\\ell_\\delta(r)$', '$r = \\hat{y} - y$', '$e^{-x_i^2}$'. Latin and lower-case Greek \
            letters are italic, digits and function names upright, scripts at 70% of their base. \
            Supported: \\alpha to \\omega (\\epsilon, \\varepsilon, \\vartheta, \\varphi, ...) and \
            \\Gamma to \\Omega; x_i, x^2, x_{ij}, e^{-x}, nested; \\hat{y}, \\bar{x}, \\tilde{x}; \
            \\mathrm{...}; \\log \\exp \\ln \\min \\max \\sin \\cos \\tan \\tanh \\arg \\sup \\inf; \
            \\sum \\prod; \\cdot \\times \\pm + - * = < > :; \\leq \\geq \\neq \\approx \\sim \
            \\propto \\to \\in; \\ell \\| \\infty \\partial \\nabla; \\left( \\right) with ( ) [ ] | \\| \
            \\{ \\} or .; spaces \\, \\: \\; \\quad and backslash-space; \\{ \\} \\$ \\% \\_ \\& \\#. \
            Any other command (\\frac among them), an unbalanced brace, a ^ or _ with nothing after \
            it or an odd number of $ is refused. Outside the $ the text is Pango markup as before, and \
            \\$ is a dollar sign.
            """)

    @Argument(help: ArgumentHelp("The losses to draw, each as LOSS or LOSS:NAME=VALUES[:NAME=VALUES...] with parameter values of its own (huber:delta=1.345); `loss-plot list` shows them all.",
                                 valueName: "loss"),
              completion: .list(Catalog.names))
    var losses: [String] = []

    @Option(parsing: .unconditional, help: "The swept interval LO:HI (default: the loss's own, which `loss-plot info NAME` prints, e.g. -3:3 for huber, -8:8 for tukey, 0.001:0.999 for probabilities; the widest of them when losses share a figure).")
    var range: String?

    @Option(parsing: .unconditional, help: "How many samples the sweep takes, 2 to 100000000 (default: the loss's own, 100 on the article's -1:1 and more on wider ranges, so kinks and steps land on a sample).")
    var samples: String?

    @Option(parsing: .unconditional, help: "Target T[,T...] (one curve each), a target distribution (softmax, categorical, KL), or class indices (sparse losses).")
    var target: String?

    @OptionGroup(title: "Loss parameters: a list a,b,c or a sweep LO:HI:N, one curve each")
    var parameters: ParameterFlags

    @Option(name: .customLong("expr"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A loss of your own as a formula of x (the prediction), t (the target), r = x - t and m = t*x, drawn beside any named losses, with exact first and second derivatives; repeat for several (e.g. 'c^2/2 * log(1 + (r/c)^2)').",
                               discussion: FormulaHelp.grammar, valueName: "formula"))
    var formulas: [String] = []

    @Option(name: .customLong("param"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A parameter of the --expr formulas, NAME=VALUES: a list a,b,c or a sweep LO:HI:N, one curve each (e.g. c=0.5,1,2).", valueName: "name=values"))
    var formulaParameters: [String] = []

    @Option(name: .customLong("y"), parsing: .unconditional,
            help: ArgumentHelp("Draw one loss over two variables: NAME=LO:HI[:N] puts a parameter (delta=0.1:3), the target, or for a row of logits logit1 (the rest's first logit) on the y axis, as filled contours with labelled levels and a colour bar; .csv and .json write the grid.", valueName: "name=lo:hi"))
    var ySweep: String?

    @Option(help: "The surface's contour levels: a count (default 10), or log:N for levels spaced logarithmically.")
    var levels: String?

    @Flag(help: "Space LO:HI:N parameter sweeps geometrically instead of evenly.")
    var geometric = false

    @Option(parsing: .unconditional, help: "The fixed rest of the prediction row: logits (default -3,10) or relative probabilities.")
    var rest: String?

    @Option(name: .customLong("label"), help: "A curve's label (Pango markup and $maths$ allowed); repeat once per curve, in order.")
    var labels: [String] = []

    @Flag(help: "Add the first derivatives: the short form of --derivative 1.")
    var gradient = false

    @Option(help: "Draw what frameworks compute under the loss's name, one curve each: keras, pytorch, optax, mlx, sklearn, and exact for the mathematical function (e.g. exact,keras,pytorch).")
    var framework: String?

    @Option(parsing: .unconditional, help: "Derivative orders to add, 1, 2 or 1,2: a panel each beside the loss, columns d(NAME)/dx and d2(NAME)/dx2 in CSV and JSON.")
    var derivative: String?

    @Option(help: "Small multiples: one panel per loss (`loss`) or per value of a parameter (`delta`, `alpha`, ...), with shared axes.")
    var facet: String?

    @Flag(help: "Print the figure to standard output as a Unicode braille chart sized to the terminal; with --out, write the file too.")
    var terminal = false

    @Flag(help: "Write a .csv or .json file estimated over 1 GB rather than refuse it.")
    var force = false

    @OptionGroup var figure: FigureFlags

    @OptionGroup(title: "Axes and furniture")
    var axes: AxisFlags

    @OptionGroup(title: "Each curve's look")
    var look: CurveLookFlags

    @OptionGroup var render: RenderFlags

    @OptionGroup(title: "Animation")
    var animation: AnimationFlags

    public init() {}

    public func run() throws {
        let request = try request()
        if request.ySweep != nil {
            try SurfaceRun(request, levels: request.levels.count, logLevels: request.levels.logarithmic).run()
        } else {
            try PlotRun(request).run()
        }
    }

    /// The request this command line makes, every option parsed and checked once.
    func request() throws -> PlotRequest {
        guard !losses.isEmpty || !formulas.isEmpty else {
            throw InputError("name at least one loss, e.g. `loss-plot l1 l2 --out fig.png`, or give a formula with --expr; `loss-plot list` shows them all")
        }
        let arguments = try losses.map { try LossArgument($0, geometric: geometric) }
        // With only formulas, one --label per formula names it (its curves add their parameter values).
        let formulaLabels = losses.isEmpty && labels.count == formulas.count && !formulas.isEmpty
        // A formula parameter an animation moves is declared by --animate (each frame gives it a value).
        let animationRequest = try animation.animation(geometric: geometric, formulas: !formulas.isEmpty)
        let moving = (animationRequest?.animated ?? []).compactMap { parameter -> String? in
            if case .formulaParameter(let name) = parameter.kind { return "\(name)=" + parameter.values.map { "\($0)" }.joined(separator: ",") }
            return nil
        }
        let given = formulaParameters.map { String($0.prefix { $0 != "=" }).trimmingWhitespace() }
        let compiledFormulas = try FormulaFlags.compiled(formulas, parameters: formulaParameters + moving.filter { !given.contains(String($0.prefix { $0 != "=" })) },
                                                 labels: formulaLabels ? labels : nil, geometric: geometric)
        let compiled = try compiledFormulas.map { formula in
            var formula = formula
            formula.unnamed = Set(moving.map { String($0.prefix { $0 != "=" }) })
            return formula
        }
        let formulaLosses = compiled.flatMap(\.losses)
        let destination = try figure.destination(losses: arguments.map(\.name) + (formulas.isEmpty ? [] : ["formula"]))
        var request = PlotRequest(losses: arguments.map(\.loss) + formulaLosses, destination: destination)
        request.formulas = compiled
        request.givenFormulaParameters = Set(given)
        if arguments.contains(where: { !$0.parameters.isEmpty }) {
            request.lossParameters = arguments.map(\.parameters) + formulaLosses.map { _ in [:] }
        }
        request.parameters = try parameters.lists(geometric: geometric)
        request.geometric = geometric
        if geometric, !(parameters.given.map(\.1) + animation.animate + formulaParameters).contains(where: { $0.contains(":") }) {
            throw InputError("--geometric: spaces a LO:HI:N sweep, and no parameter or --animate is given as one (e.g. --delta 0.1:10:5)")
        }
        request.targets = try target.map { try ArgumentValues.list($0, flag: "--target") }
        request.rest = try rest.map { try ArgumentValues.list($0, flag: "--rest") }
        request.labels = formulaLabels ? [] : labels
        request.derivatives = try derivativeOrders()
        request.frameworks = try framework.map(Self.frameworks)
        request.facet = try facet.map { try Facet(argument: $0) }
        request.range = try range.map { try ArgumentValues.interval($0, flag: "--range") }
        if let text = samples {
            guard let n = Int(text.trimmingWhitespace()), n >= 2, n <= FigureBuilder.maxSamples else {
                throw InputError("--samples: '\(text)' is not allowed; it must be a whole number from 2 to 100000000")
            }
            request.samples = n
        }
        request.furniture = try figure.furniture()
        request.axes = try axes.axes()
        request.look = try look.look()
        request.render = try render.settings()
        request.animation = animationRequest
        request.terminal = terminal
        request.ySweep = try ySweep.map(YSweep.init)
        if let levels {
            guard request.ySweep != nil else { throw InputError("--levels: the contour levels of a surface; add --y NAME=LO:HI") }
            let logarithmic = levels.hasPrefix("log:")
            guard let count = Int(logarithmic ? String(levels.dropFirst(4)) : levels), count >= 2, count <= 50 else {
                throw InputError("--levels: '\(levels)' is not a count from 2 to 50, or log:N")
            }
            request.levels = (count, logarithmic)
        }
        request.force = force
        return request
    }

    /// `--framework keras,exact`: the frameworks drawn, nil standing for the exact loss.
    static func frameworks(_ text: String) throws -> [Framework?] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let name = part.trimmingWhitespace()
            if name == "exact" { return nil }
            guard let f = Framework(rawValue: name) else {
                throw InputError("--framework: '\(name)' is not a framework; use exact, \(Framework.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return f
        }
    }

    /// The derivative orders of `--derivative` and `--gradient`, in increasing order.
    func derivativeOrders() throws -> [Int] {
        try Self.derivativeOrders(derivative, gradient: gradient)
    }

    /// The orders of a `--derivative` list, with 1 added by `--gradient`.
    static func derivativeOrders(_ derivative: String?, gradient: Bool) throws -> [Int] {
        var orders: Set<Int> = gradient ? [1] : []
        if let derivative {
            for part in derivative.split(separator: ",", omittingEmptySubsequences: false) {
                guard let order = Int(part.trimmingWhitespace()), order == 1 || order == 2 else {
                    throw InputError("--derivative: '\(derivative)' is not a list of derivative orders; use 1, 2 or 1,2")
                }
                orders.insert(order)
            }
            // Said twice, it would change nothing the second time.
            if gradient, derivative.split(separator: ",").contains(where: { $0.trimmingWhitespace() == "1" }) {
                throw InputError("--gradient: --derivative \(derivative) already draws the first derivatives; give one of them")
            }
        }
        return orders.sorted()
    }
}
