/// What a swept loss is measured against.
public enum CurveTarget: Sendable, Hashable {
    /// A scalar target, for elementwise losses.
    case scalar(Double)
    /// A target distribution or class, for distribution losses.
    case row(DistributionTargetValue)
}

/// One loss as a function of one swept input: for elementwise losses the prediction,
/// for logit losses the first logit of a row whose other logits are fixed, and for
/// probability losses the first probability s of the row (s, (1 - s) * rest / sum(rest)).
public struct LossCurve: Sendable, Hashable {
    /// Which loss.
    public let kind: LossKind
    /// Its parameters.
    public let parameters: LossParameters
    /// What it is measured against.
    public let target: CurveTarget
    /// For distribution losses, the rest of the prediction row (logits, or relative probabilities).
    public let rest: [Double]

    /// A swept loss; `rest` is only read by distribution losses.
    public init(_ kind: LossKind, parameters: LossParameters = LossParameters(), target: CurveTarget,
                rest: [Double] = [1]) {
        self.kind = kind
        self.parameters = parameters
        self.target = target
        self.rest = rest
    }

    /// The loss at one input.
    public func value(at x: Double) -> Double {
        var y = 0.0
        withUnsafePointer(to: x) { xp in
            withUnsafeMutablePointer(to: &y) { yp in
                evaluate(UnsafeBufferPointer(start: xp, count: 1), values: UnsafeMutableBufferPointer(start: yp, count: 1), derivatives: nil)
            }
        }
        return y
    }

    /// The derivative of the loss with respect to the swept input at one input.
    public func derivative(at x: Double) -> Double {
        var y = 0.0, d = 0.0
        withUnsafePointer(to: x) { xp in
            withUnsafeMutablePointer(to: &y) { yp in
                withUnsafeMutablePointer(to: &d) { dp in
                    evaluate(UnsafeBufferPointer(start: xp, count: 1), values: UnsafeMutableBufferPointer(start: yp, count: 1),
                             derivatives: UnsafeMutableBufferPointer(start: dp, count: 1))
                }
            }
        }
        return d
    }

    /// Evaluates the loss, and its derivative when asked, at every input of a chunk.
    /// Allocates nothing on the heap: the row of a distribution loss lives on the stack.
    public func evaluate(_ xs: UnsafeBufferPointer<Double>, values: UnsafeMutableBufferPointer<Double>,
                         derivatives: UnsafeMutableBufferPointer<Double>?) {
        switch target {
        case .scalar(let t):
            let loss = ElementwiseLoss(kind, parameters: parameters)
            for i in xs.indices {
                values[i] = loss.value(prediction: xs[i], target: t)
            }
            if let derivatives {
                for i in xs.indices { derivatives[i] = loss.derivative(prediction: xs[i], target: t) }
            }
        case .row(let t):
            evaluateRows(xs, target: t, values: values, derivatives: derivatives)
        }
    }

    private func evaluateRows(_ xs: UnsafeBufferPointer<Double>, target t: DistributionTargetValue,
                              values: UnsafeMutableBufferPointer<Double>, derivatives: UnsafeMutableBufferPointer<Double>?) {
        let loss = DistributionLoss(kind, parameters: parameters)
        let n = rest.count + 1
        let logits = kind.family == .distribution(input: .logits, target: .distribution)
            || kind.family == .distribution(input: .logits, target: .classIndex)
        let restTotal = rest.reduce(0, +)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * n) { scratch in
            let row = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            let grad = UnsafeMutableBufferPointer(rebasing: scratch[n..<(2 * n)])
            for i in xs.indices {
                let x = xs[i]
                row[0] = x
                for j in rest.indices {
                    row[j + 1] = logits ? rest[j] : (1 - x) * rest[j] / restTotal
                }
                if !logits && !(x >= 0 && x <= 1) {
                    values[i] = .nan
                    derivatives?[i] = .nan
                    continue
                }
                values[i] = loss.value(UnsafeBufferPointer(row), target: t)
                guard let derivatives else { continue }
                loss.gradient(UnsafeBufferPointer(row), target: t, into: grad)
                var d = grad[0]
                if !logits {
                    // p_j = (1 - s) * w_j moves by -w_j as s moves by 1.
                    for j in rest.indices { d -= grad[j + 1] * rest[j] / restTotal }
                }
                derivatives[i] = d
            }
        }
    }
}
