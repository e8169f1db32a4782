import CairoCanvas
import Platform
import LossFunctions
import Plotting

/// Carries out a ``FitRequest``: fits every entry, then writes the figure (points, lines, and the
/// weights panel) or the numbers (JSON, CSV).
public struct FitRun {
    let request: FitRequest
    /// Each entry's fit, in order.
    public let results: [LineFit.Result]

    /// Fits every entry.
    ///
    /// - Throws: ``InputError`` naming `--data` when the points cannot be fitted.
    public init(_ request: FitRequest) throws {
        try MathChecks.check(request.title, "--title")
        self.request = request
        results = try request.entries.map { entry in
            do {
                return try LineFit.fit(x: request.data.x, y: Self.targets(request.data.y, for: entry.loss), loss: entry.loss,
                                       parameters: entry.parameters, scale: request.scale)
            } catch let error as LineFit.FitError {
                throw InputError("--data: \(request.data.source == "built-in" ? "the built-in points" : "'\(request.data.source)'"): \(error.description)")
            }
        }
    }

    /// Writes the output, announces it, and warns of fits that did not converge.
    public func run() throws {
        let destination = request.destination
        let bytes: [UInt8]
        switch destination.kind {
        case .json: bytes = Array((request.surface ? try surfaceJSON() : json).utf8)
        case .csv: bytes = Array((request.surface ? try surfaceCSV() : csv).utf8)
        case .image(let format): bytes = try FigureRasterizer.render(request.surface ? surfaceFigure() : figure(), format: format)
        case .animation, .page: throw InputError("--out: fit writes a picture (png, svg, pdf) or numbers (json, csv)")
        }
        try destination.write(bytes: bytes)
        if let line = destination.announcement { print(line) }
        let stalled = zip(request.entries, results).filter { !$0.1.converged }.map(\.0.label)
        if !stalled.isEmpty {
            FigureOutput.warn(["\(stalled.map { "'\($0)'" }.joined(separator: ", ")) did not converge in \(request.scale == .mad ? "\(LineFit.rlmMaxIterations) iterations (statsmodels' RLM limit)" : "\(LineFit.maxIterations) iterations"); written with converged: false"])
        }
    }

    /// The figure: the points, each fitted line in its colour, and with `weightsPanel` each point's weight.
    public func figure() -> Figure {
        let palette = CurvePalette.standard.colors(on: .light)
        let data = request.data
        let lo = data.x.min() ?? 0, hi = data.x.max() ?? 1
        var series = [Series(label: "points", xs: data.x, ys: data.y, color: Color(red: 0.25, green: 0.25, blue: 0.25))]
        series[0].markerSize = 5
        var weights: [Series] = []
        for (i, (entry, fit)) in zip(request.entries, results).enumerated() {
            let color = palette[i % palette.count]
            if let probability = entry.loss.probabilityOfScore {
                // A loss of a logit (logistic regression): the fitted probability of the label 1 over the points.
                let xs = (0..<200).map { lo + (hi - lo) * Double($0) / 199 }
                series.append(Series(label: entry.label + ": P(y = 1)", xs: xs, ys: xs.map { probability(fit.slope * $0 + fit.intercept) }, color: color))
            } else {
                series.append(Series(label: entry.label, xs: [lo, hi], ys: [fit.slope * lo + fit.intercept, fit.slope * hi + fit.intercept], color: color))
            }
            var w = Series(label: entry.label, xs: data.x, ys: Self.relativeWeights(FitData(x: data.x, y: Self.targets(data.y, for: entry.loss), source: data.source), fit, entry), color: color)
            w.markerSize = 5
            weights.append(w)
        }
        var panels = [Panel(series: series, title: request.weightsPanel ? "fits" : nil, xLabel: "x", yLabel: "y")]
        if request.weightsPanel {
            panels.append(Panel(series: weights, title: "IRLS weight ψ(r)/r of each point, relative to the loss's largest",
                                xLabel: "x", yLabel: "relative weight", yLimits: -0.05...1.05))
        }
        let scale = request.scale == .mad ? ", residuals / (MAD / 0.6745)" : ""
        return Figure(size: Size(request.weightsPanel ? 1100 : 640, 480), title: request.title ?? "Lines fitted under each loss\(scale)",
                      panels: panels, columns: panels.count)
    }

    /// The y a loss is fitted to: labels of 0 and 1 become -1 and 1 for a loss of ±1 labels (a
    /// margin loss), as Keras's hinge reads them; other y as given.
    static func targets(_ y: [Double], for loss: LossDefinition) -> [Double] {
        guard loss.targetDomain == .label, y.allSatisfy({ $0 == 0 || $0 == 1 }) else { return y }
        return y.map { 2 * $0 - 1 }
    }

    /// The most points `--surface` evaluates its 101 × 101 objectives over.
    public static let surfacePointLimit = 100_000

    /// Each loss's objective over (slope, intercept) as filled contours, one panel per fit on shared
    /// axes, with the fit's minimum marked and the least-squares minimum on every panel for reference.
    public func surfaceFigure() throws -> Figure {
        let data = request.data
        guard data.x.count <= Self.surfacePointLimit else {
            throw InputError("--surface: \(data.x.count) points; the objective surfaces evaluate at most \(Self.surfacePointLimit)")
        }
        let leastSquares = try LineFit.fit(x: data.x, y: data.y, loss: .l2, parameters: LossDefinition.l2.standardValues)
        let slopes = results.map(\.slope) + [leastSquares.slope], intercepts = results.map(\.intercept) + [leastSquares.intercept]
        func span(_ values: [Double]) -> (Double, Double) {
            let lo = values.min()!, hi = values.max()!
            let margin = max((hi - lo) * 0.6, 0.5 * max(abs(lo), abs(hi), 1))
            return (lo - margin, hi + margin)
        }
        let (a0, a1) = span(slopes), (b0, b1) = span(intercepts)
        let count = 101
        let xs = (0..<count).map { a0 + (a1 - a0) * Double($0) / Double(count - 1) }
        let ys = (0..<count).map { b0 + (b1 - b0) * Double($0) / Double(count - 1) }
        let scaled = request.scale == .mad
        var panels: [Panel] = []
        for (entry, fit) in zip(request.entries, results) {
            guard case .pointwise(let kernel) = entry.loss.kernel else { continue }
            let s = fit.scale ?? 1, parameters = entry.parameters
            // Rows of intercepts on the cores: 101 × 101 means over up to 10^5 points.
            let values = Parallel.map(ys, parallel: data.x.count * count >= 10_000) { b in
                xs.map { a in
                    var total = 0.0
                    for k in data.x.indices { total += kernel.value((a * data.x[k] + b - data.y[k]) / s, 0, parameters) }
                    return total / Double(data.x.count)
                }
            }.flatMap { $0 }
            // Ten levels crowding toward the minimum: min + (q95 - min)·(k/10)².
            let sorted = values.filter(\.isFinite).sorted()
            let low = sorted.first ?? 0, high = sorted.isEmpty ? 1 : sorted[Int(Double(sorted.count - 1) * 0.95)]
            let levels = (1...10).map { low + (high - low) * pow(Double($0) / 10, 2) }
            var minimum = Series(label: "minimum", xs: [fit.slope], ys: [fit.intercept], color: Color(red: 1, green: 1, blue: 1))
            minimum.markerSize = 8
            var reference = Series(label: "least squares", xs: [leastSquares.slope], ys: [leastSquares.intercept], color: Color(red: 0.84, green: 0.15, blue: 0.16))
            reference.markerSize = 6
            var panel = Panel(series: [minimum, reference], title: entry.label + (scaled ? " (scale MAD)" : ""), xLabel: "slope", yLabel: "intercept",
                              xLimits: a0...a1, yLimits: b0...b1, legend: .upperRight)
            panel.surface = Surface(xs: xs, ys: ys, values: values, levels: levels)
            panels.append(panel)
        }
        let columns = min(panels.count, 3)
        let rows = (panels.count + columns - 1) / columns
        return Figure(size: Size(Double(380 * columns + 60), Double(340 * rows + 60)),
                      title: request.title ?? "Each loss's mean over the points, as a function of the line's slope and intercept",
                      panels: panels, columns: columns)
    }

    /// With `--surface`: each fit's objective grid as rows label, slope, intercept, objective.
    func surfaceCSV() throws -> String {
        var lines = ["label,slope,intercept,objective"]
        for (panel, entry) in zip(try surfaceFigure().panels, request.entries) {
            guard let surface = panel.surface else { continue }
            lines += DataExporter.csvGrid(surface, prefix: DataExporter.csvField(entry.label) + ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// With `--surface`: each fit's objective grid, slopes by intercepts, beside its fit.
    func surfaceJSON() throws -> String {
        let grids = zip(try surfaceFigure().panels, zip(request.entries, results)).compactMap { panel, pair -> String? in
            guard let surface = panel.surface else { return nil }
            return "    {\"label\": \(DataExporter.jsonString(pair.0.label)), \"slope\": \(DataExporter.jsonValue(pair.1.slope)), \"intercept\": \(DataExporter.jsonValue(pair.1.intercept)),\n"
                + "     \"slopes\": \(DataExporter.jsonList(surface.xs)),\n     \"intercepts\": \(DataExporter.jsonList(surface.ys)),\n     \"objective\": [\n      "
                + DataExporter.jsonRows(surface, indent: "      ") + "\n     ]}"
        }
        return "{\n  \"data\": \(DataExporter.jsonString(request.data.source)), \"points\": \(request.data.x.count),\n  \"surfaces\": [\n" + grids.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// Each point's weight ψ(r)/r relative to the largest weight of the loss over the points the line
    /// does not pass through (L1's 1/|r| is unbounded there; those points are drawn at 1).
    static func relativeWeights(_ data: FitData, _ fit: LineFit.Result, _ entry: FitRequest.Entry) -> [Double] {
        let weights = LineFit.weights(x: data.x, y: data.y, fit: fit, loss: entry.loss, parameters: entry.parameters)
        let residuals = zip(data.x, data.y).map { abs(fit.slope * $0 + fit.intercept - $1) }
        let floor = 1e-9 * (residuals.max() ?? 0)
        let largest = zip(weights, residuals).filter { $0.1 > floor && $0.0.isFinite }.map(\.0).max() ?? 1
        guard largest > 0 else { return weights.map { _ in 1 } }
        return weights.map { min($0.isFinite ? $0 : largest, largest) / largest }
    }

    /// Per fit: the loss, its parameters, slope, intercept, objective, iterations, convergence.
    public var json: String {
        let fits = zip(request.entries, results).map { entry, fit -> String in
            let parameters = entry.loss.parameters.map { "\"\($0.parameter.name)\": \(DataExporter.jsonValue(entry.parameters[$0.parameter]))" }.joined(separator: ", ")
            return """
                    {"loss": \(DataExporter.jsonString(entry.loss.name)), "label": \(DataExporter.jsonString(entry.label)), "parameters": {\(parameters)}, \
                "slope": \(DataExporter.jsonValue(fit.slope)), "intercept": \(DataExporter.jsonValue(fit.intercept)), "objective": \(DataExporter.jsonValue(fit.objective)), \
                "iterations": \(fit.iterations), "converged": \(fit.converged), "minimum": \(DataExporter.jsonString(fit.local ? "local" : "global")), \
                "method": \(DataExporter.jsonString(fit.method)), "scale": \(fit.scale.map(DataExporter.jsonValue) ?? "null")}
                """
        }
        return "{\n  \"data\": \(DataExporter.jsonString(request.data.source)), \"points\": \(request.data.x.count), \"scale\": \(DataExporter.jsonString(request.scale.rawValue)),\n  \"fits\": [\n" + fits.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// One row per fit.
    public var csv: String {
        var lines = ["loss,label,slope,intercept,objective,iterations,converged,minimum,method,scale"]
        for (entry, fit) in zip(request.entries, results) {
            lines.append([entry.loss.name, DataExporter.csvField(entry.label), "\(fit.slope)", "\(fit.intercept)",
                          "\(fit.objective)", "\(fit.iterations)", "\(fit.converged)", fit.local ? "local" : "global", fit.method,
                          fit.scale.map { "\($0)" } ?? ""].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
