/// What a swept loss is measured against.
public enum CurveTarget: Sendable, Hashable {
    /// A scalar target or label, for pointwise losses.
    case scalar(Double)
    /// A target distribution or class, for row losses.
    case row(RowTarget)

    /// The scalar target, or 0 for a row target.
    public var scalar: Double {
        if case .scalar(let t) = self { return t }
        return 0
    }
}

/// One loss as a function of one swept input x: for pointwise losses x is the prediction (or
/// score, probability, logit, distance); for logit rows the first logit of a row whose other
/// logits are fixed; for probability rows the first probability s of the row
/// (s, (1 - s) rest / sum(rest)).
public struct LossCurve: Sendable, Hashable {
    /// The loss.
    public let definition: LossDefinition
    /// Its parameter values, in the definition's declared order.
    public let parameters: ParameterValues
    /// What it is measured against; a label 0 of a margin loss is read as -1.
    public let target: CurveTarget
    /// For row losses, the rest of the prediction row (logits, or relative probabilities).
    public let rest: [Double]

    /// A swept loss; `rest` is only read by row losses.
    public init(_ definition: LossDefinition, parameters: ParameterValues, target: CurveTarget, rest: [Double] = [1]) {
        self.definition = definition
        self.parameters = parameters
        if definition.targetDomain == .label, case .scalar(0) = target {
            self.target = .scalar(-1)
        } else {
            self.target = target
        }
        self.rest = rest
    }

    /// The loss at one input.
    public func value(at x: Double) -> Double { point(x).value }

    /// The first derivative in the swept input at one input.
    public func derivative(at x: Double) -> Double { point(x).first }

    /// The second derivative in the swept input at one input.
    public func secondDerivative(at x: Double) -> Double { point(x).second }

    private func point(_ x: Double) -> (value: Double, first: Double, second: Double) {
        var v = 0.0, d = 0.0, d2 = 0.0
        withUnsafePointer(to: x) { xp in
            withUnsafeMutablePointer(to: &v) { vp in
                withUnsafeMutablePointer(to: &d) { dp in
                    withUnsafeMutablePointer(to: &d2) { d2p in
                        evaluate(UnsafeBufferPointer(start: xp, count: 1), values: UnsafeMutableBufferPointer(start: vp, count: 1),
                                 first: UnsafeMutableBufferPointer(start: dp, count: 1),
                                 second: UnsafeMutableBufferPointer(start: d2p, count: 1))
                    }
                }
            }
        }
        return (v, d, d2)
    }

    /// Evaluates the loss, and its first and second derivatives when asked, at every input of a
    /// chunk. Allocates nothing on the heap: the row of a row loss lives on the stack.
    public func evaluate(_ xs: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>,
                         first: UnsafeMutableBufferPointer<Double>? = nil, second: UnsafeMutableBufferPointer<Double>? = nil) {
        switch definition.kernel {
        case .pointwise(let kernel):
            let t = target.scalar, p = parameters
            if let all = kernel.all, first != nil || second != nil {
                for i in xs.indices {
                    let (v, d1, d2) = all(xs[i], t, p)
                    values[i] = v
                    first?[i] = d1
                    second?[i] = d2
                }
                return
            }
            for i in xs.indices { values[i] = kernel.value(xs[i], t, p) }
            if let first {
                for i in xs.indices { first[i] = kernel.first(xs[i], t, p) }
            }
            if let second {
                for i in xs.indices { second[i] = kernel.second(xs[i], t, p) }
            }
        case .row(let kernel):
            guard case .row(let t) = target else {
                for i in xs.indices { values[i] = .nan; first?[i] = .nan; second?[i] = .nan }
                return
            }
            evaluateRows(kernel, xs, target: t, values: values, first: first, second: second)
        }
    }

    private func evaluateRows(_ kernel: RowKernel, _ xs: UnsafeBufferPointer<Double>, target t: RowTarget,
                              values: UnsafeMutableBufferPointer<Double>, first: UnsafeMutableBufferPointer<Double>?,
                              second: UnsafeMutableBufferPointer<Double>?) {
        let n = rest.count + 1
        let logits = kernel.input == .logits
        let restTotal = rest.reduce(0, +)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 3 * n) { scratch in
            let row = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            let grad = UnsafeMutableBufferPointer(rebasing: scratch[n..<(2 * n)])
            let direction = UnsafeMutableBufferPointer(rebasing: scratch[(2 * n)..<(3 * n)])
            // The path the sweep moves the row along: e0 for logits; (1, -rest/sum) for probabilities.
            direction[0] = 1
            for j in rest.indices { direction[j + 1] = logits ? 0 : -rest[j] / restTotal }
            for i in xs.indices {
                let x = xs[i]
                if !logits && !(x >= 0 && x <= 1) {
                    values[i] = .nan
                    first?[i] = .nan
                    second?[i] = .nan
                    continue
                }
                row[0] = x
                for j in rest.indices { row[j + 1] = logits ? rest[j] : (1 - x) * rest[j] / restTotal }
                let r = UnsafeBufferPointer(row)
                values[i] = kernel.value(r, t, parameters)
                if let first {
                    kernel.gradient(r, t, parameters, grad)
                    var d = 0.0
                    for j in 0..<n where direction[j] != 0 { d += grad[j] * direction[j] }
                    first[i] = d
                }
                if let second {
                    second[i] = kernel.curvature(r, t, parameters, UnsafeBufferPointer(direction))
                }
            }
        }
    }
}
