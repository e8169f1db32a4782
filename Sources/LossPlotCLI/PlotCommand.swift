import ArgumentParser
import Foundation
import LossFunctions
import Plotting

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
            """)

    @Argument(help: "The losses to draw; `loss-plot list` shows them all.", completion: .list(Catalog.names))
    var losses: [String] = []

    @Option(parsing: .unconditional, help: "The swept interval LO:HI (default -1:1, or the loss's own sweep for losses on probabilities).")
    var range: String?

    @Option(parsing: .unconditional, help: "How many samples the sweep takes, 2 to 100000000 (default 100).")
    var samples: String?

    @Option(parsing: .unconditional, help: "Target T[,T...] (one curve each), a target distribution (softmax, categorical, KL), or class indices (sparse losses).")
    var target: String?

    @OptionGroup(title: "Loss parameters: a list a,b,c or a sweep LO:HI:N, one curve each")
    var parameters: ParameterFlags

    @Flag(help: "Space LO:HI:N parameter sweeps geometrically instead of evenly.")
    var geometric = false

    @Option(parsing: .unconditional, help: "The fixed rest of the prediction row: logits (default -3,10) or relative probabilities.")
    var rest: String?

    @Option(name: .customLong("label"), help: "A curve's label; repeat once per curve, in order.")
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

    @OptionGroup var figure: FigureFlags

    @OptionGroup(title: "Axes and furniture")
    var axes: AxisFlags

    @OptionGroup(title: "Each curve's look")
    var look: CurveLookFlags

    @OptionGroup var render: RenderFlags

    @OptionGroup(title: "Animation")
    var animation: AnimationFlags

    public init() {}

    public mutating func validate() throws {
        guard !losses.isEmpty else {
            throw CommandError("name at least one loss, e.g. `loss-plot l1 l2 --out fig.png`; `loss-plot list` shows them all")
        }
        let (_, _, destination) = try prepare()
        if animation.isRequested {
            _ = try AnimationPlan(command: self, together: destination.kind != .page)
            _ = try animation.framesPerSecond()
            _ = try animation.plays()
        }
    }

    public func run() throws {
        let (builder, options, destination) = try prepare()
        FigureOutput.warn(builder.warnings)
        if animation.isRequested {
            try AnimationOutput.write(self, kind: destination.kind, to: outputPath)
            print("wrote \(outputPath)")
            return
        }
        if terminal {
            let chart = builder.figure(options)
            print(TerminalOutput.chart(chart))
            guard figure.out != nil else {
                FigureOutput.warn([FigureOutput.hiddenWarning(chart.hiddenCurves, figure: "the chart")].compactMap { $0 })
                return
            }
        }
        let hidden = try destination.write(builder, options: options)
        if let line = destination.announcement { print(line) }
        FigureOutput.warn([FigureOutput.hiddenWarning(hidden, figure: destination.name)].compactMap { $0 })
    }

    /// Everything checked before any work: the figure, its render options and where it goes.
    func prepare() throws -> (FigureBuilder, RenderOptions, OutputDestination) {
        let destination = try self.destination()
        if terminal, destination.place == .standardOutput {
            throw CommandError("--out: '-' writes the file to standard output, where --terminal draws its chart; use one of them")
        }
        if animation.isRequested, destination.place == .standardOutput {
            throw CommandError("--out: '-' is for still figures; an animation is written to a .gif, .webp, .apng or .html file")
        }
        try animation.check(kind: destination.kind, path: outputPath, terminal: terminal)
        let builder = try FigureBuilder(try (animation.isRequested ? AnimationPlan.firstFrame(of: self) : self).makeSpec())
        return (builder, try render.options(size: builder.size(RenderOptions())), destination)
    }

    /// Where the figure goes: `--out` (a file, or - for standard output), or the losses' names
    /// joined, as a PNG unless `--format` says otherwise.
    func destination() throws -> OutputDestination {
        try OutputDestination(out: figure.out, format: figure.format, defaultStem: losses.joined(separator: "-"))
    }

    /// The file written, or for standard output the file's name without `--out`.
    var outputPath: String {
        (try? destination().name) ?? figure.out ?? losses.joined(separator: "-") + ".png"
    }

    /// The figure spec the command line describes.
    func makeSpec() throws -> FigureSpec {
        let kinds = try losses.map { try LossLookup.loss(named: $0, field: "loss") }
        var grid = CurveGrid()
        for (parameter, text) in parameters.given {
            let flag = parameter.flag
            let declared = kinds.compactMap { loss in loss.parameters.first { $0.parameter == parameter } }
            guard !declared.isEmpty else {
                throw CommandError("\(flag): none of \(losses.joined(separator: ", ")) takes \(parameter.name)")
            }
            let values = try ArgumentValues.list(text, flag: flag, geometric: geometric,
                                                 allowInfinity: declared.contains { $0.range.allowsNegativeInfinity })
            for value in values {
                for spec in declared where !spec.range.contains(value) {
                    throw CommandError("\(flag): '\(ShortNumber.format(value))' is not allowed; it must be \(spec.range.description)")
                }
            }
            grid.parameterValues[parameter] = values
        }
        if let target {
            let values = try ArgumentValues.list(target, flag: "--target")
            try TargetChecks.checkTarget(values, text: target, losses: kinds)
            if kinds.contains(where: { $0.targetDomain == .distribution }) { grid.distribution = values }
            grid.targets = values
        }
        if let rest {
            grid.rest = try ArgumentValues.list(rest, flag: "--rest")
            guard kinds.contains(where: { $0.rowKernel != nil }) else {
                throw CommandError("--rest: none of \(losses.joined(separator: ", ")) takes a row of logits or probabilities")
            }
        }
        try TargetChecks.checkRows(kinds, grid: grid, restText: rest)
        let orders = try derivativeOrders()
        if let framework {
            grid.frameworks = try framework.split(separator: ",", omittingEmptySubsequences: false).map { part in
                let name = part.trimmingCharacters(in: .whitespaces)
                if name == "exact" { return nil }
                guard let f = Framework(rawValue: name) else {
                    throw CommandError("--framework: '\(name)' is not a framework; use exact, \(Framework.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return f
            }
            if !orders.isEmpty {
                throw CommandError("--framework: framework curves are values only; draw the derivatives without --framework")
            }
        }
        if let facet {
            grid.facet = try Facet(argument: facet)
            if !orders.isEmpty { throw CommandError("--facet: cannot be combined with --gradient or --derivative; draw the derivatives in a figure of their own") }
            if case .parameter(let parameter) = grid.facet, !kinds.contains(where: { $0.spec(for: parameter) != nil }) {
                throw CommandError("--facet: none of \(losses.joined(separator: ", ")) takes \(parameter.name)")
            }
        }

        var (range, samples) = LossDefaults.sweep(for: kinds)
        if let text = self.range { range = try ArgumentValues.interval(text, flag: "--range") }
        if let text = self.samples {
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), n >= 2, n <= FigureBuilder.maxSamples else {
                throw CommandError("--samples: '\(text)' is not allowed; it must be a whole number from 2 to 100000000")
            }
            samples = n
        }
        var curves = grid.curves(for: kinds)
        if !labels.isEmpty {
            guard labels.count == curves.count else {
                throw CommandError("--label: \(labels.count) labels given for \(curves.count) curves; give one per curve, in order")
            }
            for i in curves.indices { curves[i].label = labels[i] }
        }
        var colorBar = facet == nil ? ColorBarSpec.colorByParameter(&curves, kinds: kinds, grid: grid, geometric: geometric) : nil
        if !look.colors.isEmpty { colorBar = nil }
        try look.apply(to: &curves)
        var spec = FigureSpec(
            name: outputPath, title: figure.title, xLabel: figure.xlabel ?? LossDefaults.inputName(kinds), yLabel: figure.ylabel ?? "loss",
            range: range, samples: samples, curves: curves,
            xLimits: try figure.xlim.map { try ArgumentValues.interval($0, flag: "--xlim") },
            yLimits: try figure.ylim.map { try ArgumentValues.interval($0, flag: "--ylim") },
            legend: try figure.legendName(), grid: figure.grid, derivatives: orders.isEmpty ? nil : orders,
            size: try figure.size.map { try ArgumentValues.size($0, flag: "--size") }, colorBar: colorBar)
        try axes.apply(to: &spec)
        try AxisChecks.checkRange(spec)
        return spec
    }

    /// The derivative orders of `--derivative` and `--gradient`, in increasing order.
    func derivativeOrders() throws -> [Int] {
        var orders: Set<Int> = gradient ? [1] : []
        if let derivative {
            for part in derivative.split(separator: ",", omittingEmptySubsequences: false) {
                guard let order = Int(part.trimmingCharacters(in: .whitespaces)), order == 1 || order == 2 else {
                    throw CommandError("--derivative: '\(derivative)' is not a list of derivative orders; use 1, 2 or 1,2")
                }
                orders.insert(order)
            }
        }
        return orders.sorted()
    }
}
