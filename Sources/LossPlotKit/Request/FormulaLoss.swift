import Platform
import Formula
import LossFunctions

/// A loss given as a formula (`--expr`), with the values of its declared parameters (`--param`):
/// one catalog-style loss per combination of values, so everything a catalog loss can do (curves,
/// derivative panels, CSV and JSON, facets, eval) a formula does through the same code.
public struct FormulaLoss: Sendable {
    /// The compiled formula.
    public let formula: Formula
    /// The legend's name; nil for the formula's text.
    public let label: String?
    /// The values of each declared parameter the formula reads, one curve per combination.
    public var values: [String: [Double]]
    /// Parameters left out of the curves' names: those an animation moves (its frame shows the value).
    public var unnamed: Set<String> = []

    /// The figure's default sweep for a formula: -3 to 3 (wide enough for a robust loss with c ≈ 1).
    public static let defaultRange: [Double] = [-3, 3]

    /// Compiles `text` with the parameters declared by `--param`.
    ///
    /// - Throws: ``InputError`` naming `--expr`, the problem and its column; or naming `--param` for
    ///   a parameter the formula reads and no value is given for.
    public init(_ text: String, label: String? = nil, parameters: [(name: String, values: [Double])] = []) throws {
        do {
            formula = try Formula(text, parameters: parameters.map(\.name))
        } catch {
            throw InputError("--expr: '\(Self.shown(text))': \(error.reason) at column \(error.column)")
        }
        try MathChecks.check(label, "--label")
        self.label = label
        var values: [String: [Double]] = [:]
        for (name, list) in parameters where formula.usedParameters.contains(name) { values[name] = list }
        self.values = values
    }

    /// The formula's text for an error message: at most 60 characters.
    static func shown(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }

    /// Each combination of the parameters' values, the first declared parameter varying slowest.
    public var combinations: [[String: Double]] {
        formula.usedParameters.reduce([[:]]) { partial, name in
            partial.flatMap { combination in
                (values[name] ?? []).map { value in combination.merging([name: value]) { $1 } }
            }
        }
    }

    /// One loss per combination of parameter values, named `label, c = 0.5` (or the formula's text).
    public var losses: [LossDefinition] {
        combinations.map(loss(at:))
    }

    /// The formula as a pointwise loss at these parameter values.
    public func loss(at parameters: [String: Double]) -> LossDefinition {
        let formula = self.formula
        let bound = formula.parameters.map { parameters[$0] ?? .nan }
        // Values to 4 significant digits, as a legend shows a sweep's values (0.5455 for 0.1:5:12's second).
        let suffix = formula.usedParameters.filter { !unnamed.contains($0) }
            .map { "\($0) = \(String(printf: "%.4g", parameters[$0] ?? .nan))" }.joined(separator: ", ")
        let base = label ?? formula.text
        let margin = formula.variables.contains(.m)
        let kernel = PointwiseKernel(value: { x, t, _ in formula.value(x: x, t: t, parameters: bound) },
                                     first: { x, t, _ in formula.evaluate(x: x, t: t, parameters: bound).first },
                                     second: { x, t, _ in formula.evaluate(x: x, t: t, parameters: bound).second },
                                     all: { x, t, _ in
                                         let dual = formula.evaluate(x: x, t: t, parameters: bound)
                                         return (dual.value, dual.first, dual.second)
                                     })
        let target = margin ? 1.0 : 0.0
        return LossDefinition(
            name: suffix.isEmpty ? base : base + ", " + suffix, family: margin ? .margin : .distance,
            x: "prediction x against target t (r = x - t, m = t·x)", formula: formula.text,
            kernel: .pointwise(kernel),
            properties: { _, curveTarget in
                FormulaCheck(kernel: kernel, target: curveTarget.scalar, range: Self.defaultRange).properties
            },
            derivativeNotes: "exact, by forward-mode automatic differentiation (second-order dual numbers)",
            conventions: "a formula: abs and sign have derivative 0 at 0; where(cond, a, b) takes the branch its condition picks; min and max take the first argument at a tie; clip passes v's derivative on [lo, hi]",
            source: "--expr",
            figure: FigureDefaults(range: Self.defaultRange, targets: [target]))
    }
}

/// The properties of a pointwise loss checked numerically on a grid over a range (not proven):
/// convexity from the sign of the second derivative, the largest |slope|, the largest value, the
/// minimum and where, symmetry about the target.
public struct FormulaCheck: Sendable {
    /// The grid's points.
    public static let points = 20_001

    /// The interval [LO, HI] checked.
    public let range: [Double]
    /// The target t the loss is checked at.
    public let target: Double
    /// The sampled x, value, first and second derivative.
    let xs: [Double], values: [Double], firsts: [Double], seconds: [Double]

    /// Samples `kernel`'s value and both derivatives at ``points`` evenly spaced x over `range` at target `target`.
    public init(kernel: PointwiseKernel, target: Double, range: [Double], parameters: ParameterValues = ParameterValues()) {
        self.range = range
        self.target = target
        let n = Self.points
        xs = (0..<n).map { range[0] + (range[1] - range[0]) * Double($0) / Double(n - 1) }
        values = xs.map { kernel.value($0, target, parameters) }
        firsts = xs.map { kernel.first($0, target, parameters) }
        seconds = xs.map { kernel.second($0, target, parameters) }
    }

    /// The sub-intervals of the range where the second derivative is below 0 (a Hessian a boosting
    /// library clips or refuses), merged from adjacent grid points.
    public var negativeCurvature: [(Double, Double)] {
        var spans: [(Double, Double)] = []
        var start: Double?
        for (x, h) in zip(xs, seconds) {
            if h < -1e-12 { if start == nil { start = x } } else if let s = start { spans.append((s, x)); start = nil }
        }
        if let s = start { spans.append((s, xs.last!)) }
        return spans
    }

    /// Whether the second derivative is >= 0 at every grid point where it is defined.
    public var convex: Bool { negativeCurvature.isEmpty && seconds.contains { !$0.isNaN } }

    /// The largest |first derivative| on the grid (a Lipschitz constant on the range).
    public var lipschitz: Double { firsts.filter { !$0.isNaN }.map(abs).max() ?? .nan }

    /// The smallest value and where.
    public var minimum: (x: Double, value: Double)? {
        zip(xs, values).filter { !$0.1.isNaN }.min { $0.1 < $1.1 }.map { ($0.0, $0.1) }
    }

    /// The largest value on the range.
    public var maximum: Double? { values.filter { !$0.isNaN }.max() }

    /// Whether f(t + u) = f(t - u) within 1e-9 relative on the part of the range symmetric about t.
    public var symmetric: Bool {
        let half = min(target - range[0], range[1] - target)
        guard half > 0 else { return false }
        for k in 1...200 {
            let u = half * Double(k) / 200
            // The grid's values are not symmetric about t in general, so evaluate at the points themselves.
            let a = interpolate(target + u), b = interpolate(target - u)
            if a.isNaN != b.isNaN || (!a.isNaN && abs(a - b) > 1e-9 * max(1, abs(a))) { return false }
        }
        return true
    }

    private func interpolate(_ x: Double) -> Double {
        let position = (x - range[0]) / (range[1] - range[0]) * Double(Self.points - 1)
        let i = min(max(Int(position.rounded()), 0), Self.points - 1)
        return abs(position - Double(i)) < 1e-6 ? values[i] : .nan
    }

    /// Whether the values are finite over the whole range.
    public var finite: Bool { values.allSatisfy(\.isFinite) }

    /// The properties in the catalog's form (bounded: the largest value on the range when the
    /// values flatten toward the ends, nil when the slope at an end is not near 0).
    public var properties: LossProperties {
        let ends = [firsts.first ?? .nan, firsts.last ?? .nan].map(abs)
        let flat = ends.allSatisfy { $0 < 1e-3 }
        return LossProperties(convex: convex, strictlyConvex: convex && seconds.allSatisfy { $0 > 0 }, lipschitz: lipschitz,
                              bounded: flat ? maximum : nil, differentiable: firsts.allSatisfy { !$0.isNaN },
                              twiceDifferentiable: seconds.allSatisfy { !$0.isNaN }, symmetric: symmetric)
    }
}
