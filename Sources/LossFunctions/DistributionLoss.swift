import Foundation

/// The target of a distribution loss: a distribution over the classes, or one class index.
public enum DistributionTargetValue: Sendable, Hashable {
    case distribution([Double])
    case classIndex(Int)

    /// The target's weight on class i.
    @inlinable
    public func weight(_ i: Int) -> Double {
        switch self {
        case .distribution(let q): q[i]
        case .classIndex(let k): i == k ? 1 : 0
        }
    }
}

/// A loss of a whole row of logits or probabilities against a distribution or a class,
/// and its derivative with respect to the row's first entry.
public struct DistributionLoss: Sendable, Hashable {
    /// Which loss.
    public let kind: LossKind
    /// Its parameters: only `epsilon` (Keras's probability clipping) is read.
    public let parameters: LossParameters

    /// Binds a loss to its parameters; `kind` must be a distribution loss.
    public init(_ kind: LossKind, parameters: LossParameters = LossParameters()) {
        precondition(kind.family != .elementwise, "\(kind.rawValue) is not a distribution loss")
        self.kind = kind
        self.parameters = parameters
    }

    /// The loss of one row.
    public func value(_ row: UnsafeBufferPointer<Double>, target: DistributionTargetValue) -> Double {
        switch kind {
        case .softmaxCrossEntropy, .sparseSoftmaxCrossEntropy:
            // -sum q_i log_softmax(z)_i = sum q_i (lse(z) - z_i)
            let lse = Self.logSumExp(row)
            var loss = 0.0
            for i in row.indices {
                let q = target.weight(i)
                if q != 0 { loss += q * (lse - row[i]) }
            }
            return loss
        case .categoricalCrossEntropy, .sparseCategoricalCrossEntropy:
            let total = parameters.epsilon == nil ? 1 : row.reduce(0, +)
            var loss = 0.0
            for i in row.indices {
                let q = target.weight(i)
                if q != 0 { loss -= q * log(clip(row[i] / total, upper: true)) }
            }
            return loss
        case .klDivergence:
            var loss = 0.0
            for i in row.indices {
                let q = clip(target.weight(i), upper: false)
                if q != 0 { loss += q * log(q / clip(row[i], upper: false)) }
            }
            return loss
        case .entropy:
            var h = 0.0
            for i in row.indices {
                h -= StableMath.xlogy(target.weight(i), target.weight(i))
            }
            return h
        default:
            return .nan
        }
    }

    /// The loss of one row held in an array.
    public func value(_ row: [Double], target: DistributionTargetValue) -> Double {
        row.withUnsafeBufferPointer { value($0, target: target) }
    }

    /// The partial derivative of the loss with respect to each entry of the row,
    /// written into `gradient` (which must have the row's count).
    public func gradient(_ row: UnsafeBufferPointer<Double>, target: DistributionTargetValue,
                         into gradient: UnsafeMutableBufferPointer<Double>) {
        switch kind {
        case .softmaxCrossEntropy, .sparseSoftmaxCrossEntropy:
            let lse = Self.logSumExp(row)
            var mass = 0.0
            for i in row.indices { mass += target.weight(i) }
            for i in row.indices { gradient[i] = mass * exp(row[i] - lse) - target.weight(i) }
        case .categoricalCrossEntropy, .sparseCategoricalCrossEntropy:
            // With epsilon the row is scaled by its total S, then clipped: a clipped entry is flat,
            // and the scaling adds (sum of q over unclipped entries) / S to every entry.
            let total = parameters.epsilon == nil ? 1 : row.reduce(0, +)
            var mass = 0.0
            for i in row.indices {
                let q = target.weight(i), p = row[i] / total
                let free = q != 0 && clip(p, upper: true) == p
                if free { mass += q }
                gradient[i] = free ? -q / row[i] : 0
            }
            if parameters.epsilon != nil {
                for i in row.indices { gradient[i] += mass / total }
            }
        case .klDivergence:
            for i in row.indices {
                let q = clip(target.weight(i), upper: false)
                gradient[i] = q == 0 || clip(row[i], upper: false) != row[i] ? 0 : -q / row[i]
            }
        default:
            for i in row.indices { gradient[i] = 0 }
        }
    }

    /// log(sum exp(z_i)), shifted by the largest entry so that no exp overflows.
    @inlinable
    public static func logSumExp(_ z: UnsafeBufferPointer<Double>) -> Double {
        var m = -Double.infinity
        for v in z where v > m { m = v }
        guard m.isFinite else { return m }
        var s = 0.0
        for v in z { s += exp(v - m) }
        return m + log(s)
    }

    /// Keras's clipping: to [epsilon, 1 - epsilon] for cross-entropy, [epsilon, 1] for KL.
    @usableFromInline
    func clip(_ x: Double, upper: Bool) -> Double {
        guard let e = parameters.epsilon else { return x }
        return min(max(x, e), upper ? 1 - e : 1)
    }
}
