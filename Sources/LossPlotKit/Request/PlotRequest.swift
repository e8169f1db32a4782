import LossFunctions
import Plotting

/// Everything `loss-plot LOSS...` asks for, as typed values: the losses, their parameters and
/// targets, the sweep, the figure's furniture, how it is rendered and where it goes.
///
/// The command line fills one in once (each value already parsed, with errors naming its flag);
/// ``figureSpec()`` checks the values against the losses and turns them into the figure's spec,
/// and ``PlotRun`` draws it. An animation substitutes each frame's values into a copy of the
/// request, never going back through text.
public struct PlotRequest: Sendable {
    /// The losses drawn, in order.
    public var losses: [LossDefinition]
    /// The swept interval [LO, HI]; nil for the losses' own default.
    public var range: [Double]?
    /// The number of samples, 2 to ``FigureBuilder/maxSamples``; nil for the losses' own default.
    public var samples: Int?
    /// Scalar targets, class indices or one target distribution; nil for each loss's defaults.
    public var targets: [Double]?
    /// The values given for each loss parameter, one curve per value; a parameter left out takes
    /// each loss's figure defaults.
    public var parameters: [LossParameter: [Double]] = [:]
    /// Values bound to one loss (`huber:delta=1.345`): one dictionary per entry of ``losses``, in
    /// order, or empty when no loss has values of its own. For that loss they replace the values
    /// of ``parameters``, which apply to every loss that takes the parameter.
    public var lossParameters: [[LossParameter: [Double]]] = []
    /// A second variable on the y axis (`--y`): the figure is then a surface of one loss.
    public var ySweep: YSweep?
    /// The surface's contour levels: how many, and whether spaced logarithmically (`--levels`).
    public var levels = (count: 10, logarithmic: false)
    /// The `--expr` formulas; their losses (one per combination of parameter values) end ``losses``.
    public var formulas: [FormulaLoss] = []
    /// The formula parameters given values with `--param` (an animation may not move them too).
    public var givenFormulaParameters: Set<String> = []
    /// Whether the parameters' sweeps were spaced geometrically (colours the curves on a log scale).
    public var geometric = false
    /// The fixed rest of the prediction row: logits or relative probabilities.
    public var rest: [Double]?
    /// One label per curve, in order; empty for the generated labels.
    public var labels: [String] = []
    /// The derivative orders drawn in panels beside the loss (1, 2 or both).
    public var derivatives: [Int] = []
    /// Frameworks whose functions are drawn, one curve each (nil in the list: the exact loss).
    public var frameworks: [Framework?]?
    /// Small multiples: one panel per loss or per parameter value.
    public var facet: Facet?
    /// The figure's title, axis labels, limits, legend, grid and size.
    public var furniture = Furniture()
    /// The axes' scales and reference lines.
    public var axes = Axes()
    /// Each curve's colour, line style, width and factor.
    public var look = CurveLook()
    /// How the picture is rendered.
    public var render = RenderSettings()
    /// What moves, for an animated figure or a page with sliders.
    public var animation: AnimationRequest?
    /// Whether a braille chart is printed on the terminal.
    public var terminal = false
    /// Where the figure is written, in which form.
    public var destination: OutputDestination
    /// Whether a file of numbers over 1 GB is written rather than refused.
    public var force = false

    /// A request for these losses, written to `destination`, every other option at its default.
    public init(losses: [LossDefinition], destination: OutputDestination) {
        self.losses = losses
        self.destination = destination
    }

    /// Gives a formula parameter one value (an animation's frame) and rebuilds the formulas' losses.
    public mutating func setFormulaParameter(_ name: String, to value: Double) {
        let named = losses.count - formulas.reduce(0) { $0 + $1.combinations.count }
        for i in formulas.indices where formulas[i].formula.usedParameters.contains(name) { formulas[i].values[name] = [value] }
        losses = Array(losses.prefix(max(named, 0))) + formulas.flatMap(\.losses)
    }

    /// The title, axis labels, limits, legend, grid and size of a figure.
    public struct Furniture: Sendable {
        /// The title (Pango markup allowed).
        public var title: String?
        /// The x axis label; nil for what the swept input is.
        public var xLabel: String?
        /// The y axis label; nil for "loss".
        public var yLabel: String?
        /// Fixed x limits [LO, HI].
        public var xLimits: [Double]?
        /// Fixed y limits [LO, HI].
        public var yLimits: [Double]?
        /// The legend's place; nil for `best` (none with a colour bar).
        public var legend: LegendPosition?
        /// Whether a grid is drawn at the ticks.
        public var grid = false
        /// The size as given, in pixels or a unit of length; nil for the figure's default.
        public var size: FigureSize?

        /// No title, automatic limits and legend, the default size.
        public init() {}
    }

    /// The axes' scales and the reference furniture drawn over the plot area.
    public struct Axes: Sendable {
        /// matplotlib's scale names: linear, log, symlog, logit.
        public var xScale: String?
        /// The y axis's scale, by the same names.
        public var yScale: String?
        /// Where a symlog axis turns from linear to logarithmic.
        public var linthresh: Double?
        /// Horizontal reference lines at these y values.
        public var hLines: [Double] = []
        /// Vertical reference lines at these x values.
        public var vLines: [Double] = []
        /// Shaded x spans.
        public var spans: [Span] = []

        /// Linear axes, no reference lines.
        public init() {}
    }

    /// Each curve's look and factor: one value for every curve, or one per curve in order.
    public struct CurveLook: Sendable {
        /// Colour names as `Color.named` reads them.
        public var colors: [String] = []
        /// Line style names as `LineStyle(name:)` reads them.
        public var lineStyles: [String] = []
        /// Line widths in points.
        public var lineWidths: [Double] = []
        /// Constants the loss and its derivatives are multiplied by.
        public var factors: [Double] = []
        /// The palette's name as `CurvePalette.named` reads it; nil for the default.
        public var palette: String?

        /// The palette's colours, solid lines 1.5 points wide, no factor.
        public init() {}
    }
}

extension PlotRequest {
    /// The figure spec this request describes, every value checked against the losses: a
    /// parameter no loss takes, a value outside a loss's range, a target outside its domain.
    ///
    /// - Throws: ``InputError`` naming the flag and the value.
    public func figureSpec() throws -> FigureSpec {
        let kinds = losses
        let names = kinds.map(\.name).joined(separator: ", ")
        var grid = CurveGrid()
        for parameter in LossParameter.all {
            guard let values = parameters[parameter] else { continue }
            let flag = parameter.flag
            let declared = kinds.compactMap { loss in loss.parameters.first { $0.parameter == parameter } }
            guard !declared.isEmpty else {
                throw InputError("\(flag): none of \(names) takes \(parameter.name)")
            }
            for value in values {
                if value.isInfinite, !declared.contains(where: { $0.range.allowsNegativeInfinity }) {
                    throw InputError("\(flag): '\(ShortNumber.format(value))' is not allowed; a finite number is needed")
                }
                for spec in declared where !spec.range.contains(value) {
                    throw InputError("\(flag): '\(ShortNumber.format(value))' is not allowed; it must be \(spec.range.description)")
                }
            }
            grid.parameterValues[parameter] = values
        }
        grid.lossParameters = try checkedLossParameters()
        if let targets {
            try TargetChecks.checkTarget(targets, losses: kinds)
            if kinds.contains(where: { $0.targetDomain == .distribution }) { grid.distribution = targets }
            grid.targets = targets
        }
        if let rest {
            grid.rest = rest
            guard kinds.contains(where: { $0.rowKernel != nil }) else {
                throw InputError("--rest: none of \(names) takes a row of logits or probabilities")
            }
        }
        try TargetChecks.checkRows(kinds, grid: grid)
        if let frameworks {
            grid.frameworks = frameworks
            if !derivatives.isEmpty {
                throw InputError("--framework: framework curves are values only; draw the derivatives without --framework")
            }
        }
        if let facet {
            grid.facet = facet
            if !derivatives.isEmpty { throw InputError("--facet: cannot be combined with --gradient or --derivative; draw the derivatives in a figure of their own") }
            if case .parameter(let parameter) = facet, !kinds.contains(where: { $0.spec(for: parameter) != nil }) {
                throw InputError("--facet: none of \(names) takes \(parameter.name)")
            }
        }
        var (range, samples) = LossDefaults.sweep(for: kinds)
        if let given = self.range { range = given }
        if let given = self.samples { samples = given }
        var curves = grid.curves(for: kinds)
        for label in labels { try MathChecks.check(label, "--label") }
        try MathChecks.check(furniture.title, "--title")
        try MathChecks.check(furniture.xLabel, "--xlabel")
        try MathChecks.check(furniture.yLabel, "--ylabel")
        for span in axes.spans { try MathChecks.check(span.label, "--span") }
        if !labels.isEmpty {
            // Labels show only in the legend; with none they would change nothing.
            if furniture.legend == LegendPosition.none {
                throw InputError("--label: the legend is off (--legend none), so no label would show; drop one of them")
            }
            guard labels.count == curves.count else {
                throw InputError("--label: \(labels.count) labels given for \(curves.count) curves; give one per curve, in order")
            }
            for i in curves.indices { curves[i].label = labels[i] }
        }
        // A palette asked for is drawn with a legend, not replaced by a colour map.
        var colorBar = facet == nil && look.palette == nil ? ColorBarSpec.colorByParameter(&curves, kinds: kinds, grid: grid, geometric: geometric, theme: render.theme) : nil
        if !look.colors.isEmpty { colorBar = nil }
        try look.apply(to: &curves)
        var spec = FigureSpec(
            name: destination.name, title: furniture.title ?? LossDefaults.title(for: curves), xLabel: furniture.xLabel ?? LossDefaults.inputName(kinds),
            yLabel: furniture.yLabel ?? "loss", range: range, samples: samples, curves: curves,
            xLimits: furniture.xLimits, yLimits: furniture.yLimits, legend: furniture.legend?.rawValue,
            grid: furniture.grid, derivatives: derivatives.isEmpty ? nil : derivatives, size: furniture.size?.layoutPixels(dpi: render.dpi), colorBar: colorBar)
        spec.palette = look.palette
        try axes.apply(to: &spec)
        try AxisChecks.checkRange(spec)
        return spec
    }
}
