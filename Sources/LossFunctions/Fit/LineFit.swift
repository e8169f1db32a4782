import Platform

/// A straight line `y = slope·x + intercept` fitted to points under a pointwise loss: the minimum of
/// the mean of ρ(slope·xᵢ + intercept, yᵢ) (the loss of the prediction against the point's y, so a
/// distance loss sees the residual r = prediction - y in the data's units).
///
/// - Convex smooth losses: Newton's method with the loss's exact first and second derivatives and a
///   backtracking (Armijo) line search; where the Hessian is not positive definite the IRLS step
///   (weights ψ(r)/r) is taken instead. The minimum is global.
/// - L1 and the pinball (quantile) loss: exact. The objective is convex and piecewise linear in the
///   slope once the intercept is at its optimum (a quantile of y - slope·x); the slope is found by
///   bisection of that convex function to the last representable digit.
/// - Non-convex losses (Tukey, Cauchy, Welsch, Geman-McClure): the same descent started from the L1
///   fit, as robust statistics does; the minimum found is local.
/// - `scale: .mad`: statsmodels' `RLM(y, X, M).fit()` as it is written (IRLS from OLS, the scale
///   re-estimated each iteration as median(|y - fitted|) / 0.6745, stopping when its deviance changes
///   by at most 1e-8 or after 50 iterations), so the coefficients are statsmodels'.
public enum LineFit {
    /// How the residuals are scaled.
    public enum Scale: String, Sendable, CaseIterable {
        /// In the data's units: the loss's parameters (δ, c) are in y's units.
        case none
        /// Divided by a robust scale, MAD / 0.6745, re-estimated each iteration (statsmodels' RLM).
        case mad
    }

    /// One fitted line and how it was found.
    public struct Result: Sendable, Equatable {
        /// The fitted slope a, in y units per x unit.
        public var slope: Double
        /// The fitted intercept b: the line's y at x = 0.
        public var intercept: Double
        /// The mean of the loss over the points at the solution (with `.mad`, of the scaled residuals).
        public var objective: Double
        /// Newton or IRLS iterations (golden-section steps for the exact method).
        public var iterations: Int
        /// Whether it stopped by its tolerance rather than its iteration limit.
        public var converged: Bool
        /// Whether the minimum may be only local (a non-convex loss).
        public var local: Bool
        /// "newton", "exact" or "irls".
        public var method: String
        /// The final robust scale with `.mad`.
        public var scale: Double?
    }

    /// Why points cannot be fitted.
    public struct FitError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// The most iterations of the descent.
    public static let maxIterations = 500
    /// The most iterations with `--scale mad`: statsmodels' RLM default `maxiter`.
    public static let rlmMaxIterations = 50
    /// statsmodels' normal consistency constant for the MAD: Φ⁻¹(3/4).
    public static let madConstant = 0.6744897501960817

    /// Fits a line to (x, y) under `loss` at `parameters`.
    ///
    /// - Throws: ``FitError`` for fewer than two points, unequal lengths, a value that is not finite,
    ///   all x equal, or a loss that is not pointwise.
    public static func fit(x: [Double], y: [Double], loss: LossDefinition, parameters: ParameterValues,
                           scale: Scale = .none) throws -> Result {
        guard x.count == y.count else { throw FitError("\(x.count) x values and \(y.count) y values") }
        guard x.count >= 2 else { throw FitError("\(x.count) point\(x.count == 1 ? "" : "s"); a line needs at least two") }
        if let i = x.indices.first(where: { !x[$0].isFinite || !y[$0].isFinite }) {
            throw FitError("point \(i + 1) (\(x[i]), \(y[i])) is not finite")
        }
        guard x.contains(where: { $0 != x[0] }) else { throw FitError("every x is \(x[0]); the slope is undefined") }
        guard case .pointwise(let kernel) = loss.kernel else { throw FitError("\(loss.name) is a loss of whole rows; a line is fitted under a pointwise loss") }
        let problem = Problem(x: x, y: y, kernel: kernel, parameters: parameters)
        if scale == .mad { return problem.statsmodelsRLM() }
        let properties = loss.properties(parameters, .scalar(0))
        if loss.name == LossDefinition.l1.name || loss.name == LossDefinition.quantile.name { return problem.exact() }
        if properties.convex { return problem.descend(from: problem.leastSquares(), method: "newton", local: false) }
        // Non-convex: from the L1 fit (robust statistics' start), a local minimum.
        let start = Problem(x: x, y: y, kernel: LossDefinition.l1.pointwiseKernel!, parameters: ParameterValues()).exact()
        // Both problems centre x alike: the start's intercept back at the centre.
        return problem.descend(from: (start.slope, start.intercept + start.slope * problem.center), method: "irls", local: true)
    }

    /// The weight ψ(r)/r each point gets at the fit (which points the loss listens to), in [0, ...];
    /// ρ''(0) at r = 0. With `scale`, r is divided by it.
    public static func weights(x: [Double], y: [Double], fit: Result, loss: LossDefinition, parameters: ParameterValues) -> [Double] {
        guard case .pointwise(let kernel) = loss.kernel else { return [] }
        let s = fit.scale ?? 1
        return zip(x, y).map { xi, yi in
            let r = (fit.slope * xi + fit.intercept - yi) / s
            return r == 0 ? kernel.second(0, 0, parameters) : kernel.first(r, 0, parameters) / r
        }
    }
}

extension LossDefinition {
    /// The pointwise kernel, or nil for a row loss.
    var pointwiseKernel: PointwiseKernel? {
        if case .pointwise(let kernel) = kernel { return kernel }
        return nil
    }
}

/// The points, centred in x for conditioning, and the loss.
struct Problem {
    let x: [Double], y: [Double]
    let kernel: PointwiseKernel
    let parameters: ParameterValues
    /// The mean of x: the slope and intercept are found for x - mean, then shifted back.
    let center: Double
    let u: [Double]

    init(x: [Double], y: [Double], kernel: PointwiseKernel, parameters: ParameterValues) {
        self.x = x
        self.y = y
        self.kernel = kernel
        self.parameters = parameters
        let mean = x.reduce(0, +) / Double(x.count)
        center = mean
        u = x.map { $0 - mean }
    }

    var n: Double { Double(x.count) }

    /// The mean loss at (slope, intercept of the centred line).
    func objective(_ a: Double, _ b: Double) -> Double {
        var total = 0.0
        for i in u.indices { total += kernel.value(a * u[i] + b, y[i], parameters) }
        return total / n
    }

    /// Ordinary least squares on the centred x.
    func leastSquares() -> (Double, Double) {
        let my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for i in u.indices { sxy += u[i] * (y[i] - my); sxx += u[i] * u[i] }
        return (sxy / sxx, my)
    }

    func result(_ a: Double, _ b: Double, iterations: Int, converged: Bool, local: Bool, method: String, scale: Double? = nil, objective: Double? = nil) -> LineFit.Result {
        LineFit.Result(slope: a, intercept: b - a * center, objective: objective ?? self.objective(a, b), iterations: iterations,
                       converged: converged, local: local, method: method, scale: scale)
    }

    /// Newton (or IRLS where the Hessian is not positive definite) with a backtracking line search.
    func descend(from start: (Double, Double), method: String, local: Bool) -> LineFit.Result {
        var (a, b) = start
        var f = objective(a, b)
        for iteration in 1...LineFit.maxIterations {
            var g0 = 0.0, g1 = 0.0, h00 = 0.0, h01 = 0.0, h11 = 0.0, w00 = 0.0, w01 = 0.0, w11 = 0.0
            for i in u.indices {
                let p = a * u[i] + b, r = p - y[i]
                let d1 = kernel.first(p, y[i], parameters), d2 = kernel.second(p, y[i], parameters)
                g0 += d1 * u[i]; g1 += d1
                h00 += d2 * u[i] * u[i]; h01 += d2 * u[i]; h11 += d2
                let w = r == 0 ? d2 : d1 / r
                w00 += w * u[i] * u[i]; w01 += w * u[i]; w11 += w
            }
            g0 /= n; g1 /= n
            let gradientNorm = (g0 * g0 + g1 * g1).squareRoot()
            if gradientNorm == 0 { return result(a, b, iterations: iteration, converged: true, local: local, method: method, objective: f) }
            // Newton where the Hessian is positive definite, else the IRLS majoriser, else the gradient.
            var (d0, d1) = (0.0, 0.0)
            let det = h00 * h11 - h01 * h01, wdet = w00 * w11 - w01 * w01
            if h00 > 0, det > 1e-14 * h00 * h11 {
                d0 = -(h11 * g0 - h01 * g1) / det * n; d1 = -(h00 * g1 - h01 * g0) / det * n
            } else if w00 > 0, wdet > 1e-14 * w00 * w11 {
                d0 = -(w11 * g0 - w01 * g1) / wdet * n; d1 = -(w00 * g1 - w01 * g0) / wdet * n
            } else {
                (d0, d1) = (-g0, -g1)
            }
            let slope = g0 * d0 + g1 * d1
            if !(slope < 0) { (d0, d1) = (-g0, -g1) }
            var t = 1.0, next = objective(a + d0, b + d1)
            var halvings = 0
            while !(next <= f + 1e-4 * t * min(g0 * d0 + g1 * d1, 0)) && halvings < 60 {
                t /= 2
                halvings += 1
                next = objective(a + t * d0, b + t * d1)
            }
            if halvings == 60 || !(next <= f) {
                // No decrease left at the last representable step: a minimum to working precision.
                return result(a, b, iterations: iteration, converged: gradientNorm < 1e-6 * max(1, abs(f)), local: local, method: method, objective: f)
            }
            let (na, nb) = (a + t * d0, b + t * d1)
            let small = abs(na - a) <= 1e-15 * max(1, abs(a)) && abs(nb - b) <= 1e-15 * max(1, abs(b))
            (a, b) = (na, nb)
            let previous = f
            f = next
            if small || previous - f <= 1e-16 * max(1, abs(f)) && gradientNorm < 1e-9 * max(1, abs(f)) {
                return result(a, b, iterations: iteration, converged: true, local: local, method: method, objective: f)
            }
        }
        return result(a, b, iterations: LineFit.maxIterations, converged: false, local: local, method: method, objective: f)
    }

    /// L1 and pinball: the intercept at its optimum for a slope is a quantile of y - slope·u (either
    /// of the two order statistics that bracket it: the lower objective); the slope minimises that
    /// convex piecewise-linear function, by bisection on its one-sided slopes.
    func exact() -> LineFit.Result {
        var work = [Double](repeating: 0, count: u.count)
        var evaluations = 0
        func best(_ a: Double) -> (b: Double, f: Double) {
            evaluations += 1
            for i in u.indices { work[i] = y[i] - a * u[i] }
            // Candidate intercepts: the order statistics at the loss's quantile levels.
            let taus = [parameters[.tau] ?? 0.5, 0.5]
            var bestB = 0.0, bestF = Double.infinity
            for tau in Set(taus) {
                // The intercept leaves a fraction tau of the points above the line's residual 0.
                let k = min(max(Int((Double(u.count) * tau).rounded(.down)), 0), u.count - 1)
                for index in Set([k, max(k - 1, 0), min(k + 1, u.count - 1)]) {
                    let candidate = Quickselect.kth(&work, index)
                    let f = objective(a, candidate)
                    if f < bestF { (bestB, bestF) = (candidate, f) }
                }
            }
            return (bestB, bestF)
        }
        // Bracket the minimum from the least-squares slope outward.
        let (a0, _) = leastSquares()
        var step = max(abs(a0), 1) * 0.5
        var lo = a0 - step, hi = a0 + step
        var fLo = best(lo).f, fMid = best(a0).f, fHi = best(hi).f
        var expansions = 0
        while (fLo < fMid || fHi < fMid) && expansions < 200 {
            step *= 2
            if fLo < fMid { hi = a0; lo = a0 - step; fLo = best(lo).f } else { lo = a0; hi = a0 + step; fHi = best(hi).f }
            fMid = best((lo + hi) / 2).f
            expansions += 1
        }
        // Golden-section search on the convex function until the interval stops shrinking.
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = hi - ratio * (hi - lo), d = lo + ratio * (hi - lo)
        var fc = best(c).f, fd = best(d).f
        var iterations = 0
        while hi - lo > 1e-15 * max(1, abs(lo)) && iterations < 400 {
            iterations += 1
            if fc <= fd { hi = d; d = c; fd = fc; c = hi - ratio * (hi - lo); fc = best(c).f }
            else { lo = c; c = d; fc = fd; d = lo + ratio * (hi - lo); fd = best(d).f }
        }
        let a = fc <= fd ? c : d
        let (b, f) = best(a)
        return result(a, b, iterations: iterations, converged: iterations < 400, local: false, method: "exact", objective: f)
    }

    /// statsmodels' RLM(y, X, M).fit() with its defaults (scale_est "mad", conv "dev", tol 1e-8, maxiter 50).
    func statsmodelsRLM() -> LineFit.Result {
        u.withUnsafeBufferPointer { u in y.withUnsafeBufferPointer { y in statsmodelsRLM(u, y) } }
    }

    /// The loops over raw buffers: 10^6 points take 50 iterations of five passes each.
    private func statsmodelsRLM(_ u: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) -> LineFit.Result {
        let count = u.count
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: 3 * count)
        defer { storage.deallocate() }
        let weights = UnsafeMutableBufferPointer(rebasing: storage[0..<count])
        let r = UnsafeMutableBufferPointer(rebasing: storage[count..<(2 * count)])
        let absolute = UnsafeMutableBufferPointer(rebasing: storage[(2 * count)..<(3 * count)])
        weights.initialize(repeating: 1)
        r.initialize(repeating: 0)
        absolute.initialize(repeating: 0)
        let kernel = self.kernel, parameters = self.parameters
        // Each pass over the points runs on the cores in contiguous parts and adds the parts' sums.
        let parts = count >= 100_000 ? Parallel.cores : 1
        func pass(_ sums: Int, _ body: (Range<Int>, inout [Double]) -> Void) -> [Double] {
            Parallel.sums(count: count, parts: parts, sums: sums, body)
        }
        /// Weighted least squares on the weights: the weighted means, then the centred moments.
        func wls(_ sw: Double, _ swu: Double, _ swy: Double) -> (Double, Double) {
            let mu = swu / sw, my = swy / sw
            let moments = pass(2) { range, t in
                for i in range {
                    let du = u[i] - mu
                    t[0] += weights[i] * du * (y[i] - my); t[1] += weights[i] * du * du
                }
            }
            let a = moments[0] / moments[1]
            return (a, my - a * mu)
        }
        /// The residuals y - fitted and Σ w r²; statsmodels' MAD scale of them (center 0).
        func update(_ a: Double, _ b: Double) -> (scale: Double, weightedSquares: Double) {
            let squares = pass(1) { range, t in
                for i in range {
                    let e = y[i] - (a * u[i] + b)
                    r[i] = e
                    absolute[i] = abs(e)
                    t[0] += weights[i] * e * e
                }
            }
            return (Quickselect.parallelMedian(absolute, parts: parts) / LineFit.madConstant, squares[0])
        }
        /// statsmodels' deviance: Σ ρ(r / v), v the WLS residual variance Σ w r² / (n - p), as it is written.
        func deviance(_ weightedSquares: Double) -> Double {
            let variance = weightedSquares / Double(count - 2)
            return pass(1) { range, t in
                for i in range { t[0] += kernel.value(r[i] / variance, 0, parameters) }
            }[0]
        }
        let start = pass(3) { range, t in for i in range { t[0] += 1; t[1] += u[i]; t[2] += y[i] } }
        var (a, b) = wls(start[0], start[1], start[2])
        var (scale, squares) = update(a, b)
        var history = [Double.infinity, deviance(squares)]
        var iteration = 1
        let curvature = kernel.second(0, 0, parameters)
        while true {
            if scale == 0 { break }
            // ψ(z)/z of the loss of the prediction z against 0 (statsmodels' resid is y - fitted: z = -r/s),
            // and the weighted sums of the next least squares.
            let s = scale
            let sums = pass(3) { range, t in
                for i in range {
                    let z = -r[i] / s
                    let w = z == 0 ? curvature : kernel.first(z, 0, parameters) / z
                    weights[i] = w
                    t[0] += w; t[1] += w * u[i]; t[2] += w * y[i]
                }
            }
            (a, b) = wls(sums[0], sums[1], sums[2])
            (scale, squares) = update(a, b)
            history.append(deviance(squares))
            iteration += 1
            if !(abs(history[iteration] - history[iteration - 1]) > 1e-8 && iteration < LineFit.rlmMaxIterations) { break }
        }
        let converged = abs(history[iteration] - history[iteration - 1]) <= 1e-8
        let s = scale
        let objective = pass(1) { range, t in for i in range { t[0] += kernel.value(-r[i] / s, 0, parameters) } }[0]
        return result(a, b, iterations: iteration, converged: converged, local: false, method: "irls", scale: scale, objective: objective / Double(count))
    }
}

/// Sums over contiguous parts of an index range on the cores.
extension Parallel {
    /// `body` over `parts` contiguous parts of 0..<count, each filling its own `numbers` numbers
    /// (from 0); the parts' numbers in order.
    static func parts(count: Int, parts: Int, numbers: Int, _ body: (Range<Int>, inout [Double]) -> Void) -> [[Double]] {
        withoutActuallyEscaping(body) { body in
            // Each part runs `body` alone on its own range and its own numbers.
            nonisolated(unsafe) let body = body
            return map(Array(0..<parts), parallel: parts > 1) { part in
                var local = [Double](repeating: 0, count: numbers)
                body(part * count / parts..<(part + 1) * count / parts, &local)
                return local
            }
        }
    }

    /// `body` over `parts` contiguous parts of 0..<count, each adding into its own `sums` numbers;
    /// the parts' numbers added in order.
    static func sums(count: Int, parts: Int, sums: Int, _ body: (Range<Int>, inout [Double]) -> Void) -> [Double] {
        let each = Self.parts(count: count, parts: parts, numbers: sums, body)
        return (0..<sums).map { k in each.reduce(0) { $0 + $1[k] } }
    }
}

/// k-th smallest (0-based) of an array in expected linear time, reordering it.
enum Quickselect {
    static func kth(_ values: inout [Double], _ k: Int) -> Double {
        values.withUnsafeMutableBufferPointer { kth($0, k) }
    }

    static func kth(_ values: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var lo = 0, hi = values.count - 1
        var state: UInt64 = 0x9E3779B97F4A7C15
        while lo < hi {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let pivot = values[lo + Int(state >> 33) % (hi - lo + 1)]
            var i = lo, j = hi
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return values[k] }
        }
        return values[k]
    }

    /// numpy's median of values >= 0 (absolute residuals) on the cores: a histogram of 4096 bins
    /// between the smallest and largest value finds the bin holding the middle order statistics,
    /// then only that bin's values are selected among. Falls back to `median` for few values or NaN.
    static func parallelMedian(_ values: UnsafeMutableBufferPointer<Double>, parts: Int) -> Double {
        let n = values.count
        guard parts > 1, n >= 100_000 else { return median(values) }
        // The largest value (the smallest is at least 0), and whether any is NaN, part by part.
        let perPart = Parallel.parts(count: n, parts: parts, numbers: 2) { range, t in
            var hi = 0.0, nan = 0.0
            for i in range {
                let v = values[i]
                if v > hi { hi = v } else if v.isNaN { nan = 1 }
            }
            t[0] = hi; t[1] = nan
        }
        guard perPart.allSatisfy({ $0[1] == 0 }) else { return median(values) }
        let lo = 0.0, hi = perPart.map { $0[0] }.max() ?? 0
        guard lo.isFinite, hi.isFinite, hi > lo else { return median(values) }
        let bins = 4096
        let width = (hi - lo) / Double(bins)
        func bin(_ v: Double) -> Int { min(Int((v - lo) / width), bins - 1) }
        let counts = Parallel.sums(count: n, parts: parts, sums: bins) { range, t in
            for i in range { t[bin(values[i])] += 1 }
        }
        let k = n / 2
        let needed = n % 2 == 0 ? [k - 1, k] : [k]
        var below = 0, b = 0
        while b < bins, below + Int(counts[b]) <= needed[0] { below += Int(counts[b]); b += 1 }
        // Both middle order statistics in one bin, or the next bin's smallest for the upper one.
        var inBin: [Double] = []
        inBin.reserveCapacity(Int(counts[b]))
        for i in 0..<n where bin(values[i]) == b { inBin.append(values[i]) }
        let first = Quickselect.kth(&inBin, needed[0] - below)
        guard needed.count == 2 else { return first }
        if needed[1] - below < inBin.count { return (first + Quickselect.kth(&inBin, needed[1] - below)) / 2 }
        var next = Double.infinity
        for i in 0..<n where bin(values[i]) > b && values[i] < next { next = values[i] }
        return (first + next) / 2
    }

    /// numpy's median: the middle value, or the mean of the two middle values.
    static func median(_ values: UnsafeMutableBufferPointer<Double>) -> Double {
        let n = values.count
        if n % 2 == 1 { return kth(values, n / 2) }
        let upper = kth(values, n / 2)
        var lower = -Double.infinity
        for i in 0..<(n / 2) where values[i] > lower { lower = values[i] }
        return (lower + upper) / 2
    }
}
