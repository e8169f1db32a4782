import CairoCanvas
import Platform
import LossFunctions
import Plotting

/// What moves on the y axis of a surface (`--y NAME=LO:HI[:N]`): a loss parameter, the target, or
/// for a row loss the second logit (the first entry of the fixed rest of the row).
public struct YSweep: Sendable, Equatable {
    /// What moves.
    public enum Kind: Sendable, Equatable {
        /// A loss parameter (`delta=0.1:3`).
        case parameter(LossParameter)
        /// The scalar target of a pointwise loss.
        case target
        /// The fixed rest's first logit (`logit1`): the swept x is logit 0.
        case logit1
    }

    /// What moves.
    public var kind: Kind
    /// Its values, increasing: one grid row each.
    public var values: [Double]
    /// As typed, for messages.
    public var text: String

    /// Parses `NAME=LO:HI` (101 rows) or `NAME=LO:HI:N`.
    ///
    /// - Throws: ``InputError`` naming `--y`.
    public init(_ text: String) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let names = LossParameter.all.map(\.name) + ["target", "logit1"]
        guard parts.count == 2 else { throw InputError("--y: '\(text)' is not NAME=LO:HI[:N]; NAME is one of \(names.joined(separator: ", "))") }
        let name = parts[0].trimmingWhitespace()
        switch name {
        case "target": kind = .target
        case "logit1": kind = .logit1
        default:
            guard let parameter = LossParameter.named(name) else {
                throw InputError("--y: '\(name)' is not a parameter, the target or logit1; use one of \(names.joined(separator: ", "))")
            }
            kind = .parameter(parameter)
        }
        let bounds = parts[1].split(separator: ":").map(String.init)
        guard bounds.count == 2 || bounds.count == 3 else { throw InputError("--y: '\(text)' is not NAME=LO:HI[:N]") }
        let lo = try ArgumentValues.number(bounds[0], flag: "--y"), hi = try ArgumentValues.number(bounds[1], flag: "--y")
        let n = bounds.count == 3 ? Int(bounds[2]) : 101
        guard lo < hi, let n, n >= 2, n <= 2000 else {
            throw InputError("--y: '\(text)' needs LO < HI and N from 2 to 2000 rows")
        }
        values = (0..<n).map { lo + (hi - lo) * Double($0) / Double(n - 1) }
        self.text = text
    }

    /// The axis label: the parameter's symbol, "target" or "logit 1".
    var label: String {
        switch kind {
        case .parameter(let parameter): parameter.symbol
        case .target: "target"
        case .logit1: "logit 1"
        }
    }
}

/// `loss-plot LOSS --y NAME=LO:HI`: one loss over the swept x and a second variable, as filled
/// contours with labelled lines and a colour bar; or its grid as CSV (x, y, value) or JSON.
public struct SurfaceRun {
    let request: PlotRequest
    let sweep: YSweep
    /// The grid: x (columns), y (rows), the loss row by row.
    public let surface: Surface
    let curve: LossCurve

    /// The number of x columns of the grid unless `--samples` gives it.
    public static let columns = 201

    /// Checks the request (one loss, one curve, what `--y` names exists for it) and evaluates the grid.
    ///
    /// - Throws: ``InputError`` naming `--y` or the flag that cannot go with it.
    public init(_ request: PlotRequest, levels: Int = 10, logLevels: Bool = false) throws {
        guard let sweep = request.ySweep else { throw InputError("--y: missing") }
        for (flag, given) in [("--animate", request.animation != nil), ("--terminal", request.terminal), ("--derivative", !request.derivatives.isEmpty),
                              ("--framework", request.frameworks != nil), ("--facet", request.facet != nil)] where given {
            throw InputError("\(flag): a surface (--y) draws one loss over two variables; leave \(flag) out")
        }
        if case .parameter(let parameter) = sweep.kind, request.parameters[parameter] != nil {
            throw InputError("--y: '\(sweep.text)' moves \(parameter.name), which \(parameter.flag) also sets; give it once")
        }
        guard request.losses.count == 1, let loss = request.losses.first else {
            throw InputError("--y: draws one loss over two variables; \(request.losses.count) losses are given")
        }
        if case .parameter(let parameter) = sweep.kind {
            guard let spec = loss.spec(for: parameter) else {
                throw InputError("--y: \(loss.name) takes no \(parameter.name); `loss-plot info \(loss.name)` lists its parameters")
            }
            if let bad = sweep.values.first(where: { !spec.range.contains($0) }) {
                throw InputError("--y: \(parameter.name) \(ShortNumber.format(bad)) is not allowed for \(loss.name); it must be \(spec.range.description)")
            }
        }
        // One curve: each parameter not given at its library default (the moving one at its first
        // value), and the loss's first default target.
        var single = request
        for spec in loss.parameters where single.parameters[spec.parameter] == nil {
            single.parameters[spec.parameter] = [spec.standard]
        }
        if case .parameter(let parameter) = sweep.kind, loss.spec(for: parameter) != nil { single.parameters[parameter] = [sweep.values[0]] }
        if single.targets == nil, let first = loss.figure.targets.first, loss.figure.distribution == nil { single.targets = [first] }
        let builder = try FigureBuilder(try single.figureSpec())
        guard builder.curves.count == 1, let resolved = builder.curves.first else {
            throw InputError("--y: draws one loss at one value of each parameter; \(builder.curves.count) curves are asked for")
        }
        let base = resolved.curve
        let definition = base.definition
        switch sweep.kind {
        case .parameter: break
        case .target:
            guard case .pointwise = definition.kernel else {
                throw InputError("--y: target moves a scalar target; \(definition.name) takes a row (use logit1)")
            }
        case .logit1:
            guard let row = definition.rowKernel, row.input == .logits else {
                throw InputError("--y: logit1 moves the second logit of a row of logits; \(definition.name) takes none")
            }
            guard !base.rest.isEmpty else { throw InputError("--y: logit1 needs a rest of at least one logit (--rest)") }
        }
        self.request = request
        self.sweep = sweep
        curve = base
        let lo = builder.sweep.lower, hi = builder.sweep.upper
        let columns = request.samples ?? Self.columns
        guard columns <= 4000 else { throw InputError("--samples: \(columns) columns for a surface; at most 4000") }
        let xs = (0..<columns).map { lo + (hi - lo) * Double($0) / Double(columns - 1) }
        var values = [Double](repeating: .nan, count: xs.count * sweep.values.count)
        for (j, y) in sweep.values.enumerated() {
            let row: LossCurve
            switch sweep.kind {
            case .parameter(let parameter):
                var parameters = base.parameters
                parameters[parameter] = y
                row = LossCurve(definition, parameters: parameters, target: base.target, rest: base.rest)
            case .target: row = LossCurve(definition, parameters: base.parameters, target: .scalar(y), rest: base.rest)
            case .logit1: row = LossCurve(definition, parameters: base.parameters, target: base.target, rest: [y] + base.rest.dropFirst())
            }
            for (i, x) in xs.enumerated() { values[j * xs.count + i] = row.value(at: x) }
        }
        let finite = values.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 1
        let cuts: [Double]
        if logLevels, low > 0 {
            cuts = (0...levels).map { exp(log(low) + (log(high) - log(low)) * Double($0) / Double(levels)) }
        } else {
            cuts = (0...levels).map { low + (high - low) * Double($0) / Double(levels) }
        }
        surface = Surface(xs: xs, ys: sweep.values, values: values, levels: cuts)
    }

    /// The fixed part of the row, said in the title for a row loss: which logits are free and which fixed.
    var caption: String {
        guard definition.rowKernel != nil else {
            let target = if case .target = sweep.kind { "" } else { ", target \(ShortNumber.format(curve.target.scalar))" }
            return definition.name + target
        }
        let fixed = curve.rest.enumerated().dropFirst(sweep.kind == .logit1 ? 1 : 0).map { "logit \($0.offset + 1) = \(ShortNumber.format($0.element))" }
        let free = sweep.kind == .logit1 ? "logits 0 and 1 free" : "logit 0 free"
        return "\(definition.name): \(free)" + (fixed.isEmpty ? "" : ", " + fixed.joined(separator: ", ") + " fixed")
    }

    var definition: LossDefinition { curve.definition }

    /// The figure: the surface with a colour bar.
    public func figure() -> Figure {
        var panel = Panel(series: [], xLabel: request.furniture.xLabel ?? (definition.rowKernel != nil ? "logit 0" : "prediction"),
                          yLabel: request.furniture.yLabel ?? sweep.label, xLimits: surface.xs.first!...surface.xs.last!,
                          yLimits: surface.ys.first!...surface.ys.last!, legend: .none)
        panel.surface = surface
        let low = surface.levels.first ?? 0, high = surface.levels.last ?? 1
        return Figure(size: Size(640, 480), title: request.furniture.title ?? caption, panels: [panel],
                      colorBar: ColorBar(label: "loss", range: low...max(high, low + 1e-12)))
    }

    /// Writes the figure or the grid, and says where.
    public func run() throws {
        let destination = request.destination
        let bytes: [UInt8]
        switch destination.kind {
        case .image(let format): bytes = try FigureRasterizer.render(figure(), format: format, scale: request.render.scale)
        case .csv:
            let lines = ["x,\(sweep.label.replacing(" ", with: "_")),loss"] + DataExporter.csvGrid(surface, prefix: "")
            bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        case .json:
            bytes = Array("""
                {
                  "loss": \(DataExporter.jsonString(definition.name)), "y": \(DataExporter.jsonString(sweep.label)),
                  "x": \(DataExporter.jsonList(surface.xs)),
                  "ys": \(DataExporter.jsonList(surface.ys)),
                  "values": [
                    \(DataExporter.jsonRows(surface, indent: "    "))
                  ]
                }

                """.utf8)
        case .animation, .page: throw InputError("--out: a surface (--y) is a still figure or its grid: png, svg, pdf, csv or json")
        }
        try destination.write(bytes: bytes)
        if let line = destination.announcement { print(line) }
    }
}
