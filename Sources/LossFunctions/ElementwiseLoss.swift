import Foundation

/// An elementwise loss with its parameters: the loss of one prediction against one target,
/// and its derivative with respect to the prediction.
public struct ElementwiseLoss: Sendable, Hashable {
    /// Which loss.
    public let kind: LossKind
    /// Its shape parameters.
    public let parameters: LossParameters

    /// Binds a loss to its parameters; `kind` must be elementwise.
    public init(_ kind: LossKind, parameters: LossParameters = LossParameters()) {
        precondition(kind.family == .elementwise, "\(kind.rawValue) is not an elementwise loss")
        self.kind = kind
        self.parameters = parameters
    }

    /// The loss of `prediction` against `target`; NaN where the loss is undefined.
    @inlinable
    public func value(prediction p: Double, target t: Double) -> Double {
        let r = p - t
        switch kind {
        case .l1:
            return abs(r)
        case .l2:
            return r * r
        case .msle:
            let d = log1p(clipAbove(p)) - log1p(clipAbove(t))
            return d * d
        case .huber:
            let d = parameters.delta, a = abs(r)
            return a <= d ? 0.5 * r * r : d * (a - 0.5 * d)
        case .pseudoHuber:
            // d^2 (sqrt(1 + (r/d)^2) - 1) = r^2 / (sqrt(1 + (r/d)^2) + 1): no cancellation near 0,
            // and dividing before the second r keeps r^2 from overflowing far out.
            return r / (hypot(1, r / parameters.delta) + 1) * r
        case .logCosh:
            return StableMath.logCosh(r)
        case .smoothL1:
            let b = parameters.beta, a = abs(r)
            return a < b ? 0.5 * r * r / b : a - 0.5 * b
        case .quantile:
            let e = t - p, tau = parameters.tau
            return max(tau * e, (tau - 1) * e)
        case .poisson:
            return p - StableMath.xlogy(t, p + (parameters.epsilon ?? 0))
        case .tukey:
            let c = parameters.delta
            guard abs(r) <= c else { return c * c / 6 }
            let u = 1 - (r / c) * (r / c)
            return c * c / 6 * (1 - u * u * u)
        case .barron, .charbonnier, .cauchy, .gemanMcClure, .welsch:
            return Barron.value(r, alpha: barronAlpha, scale: parameters.delta)
        case .hinge, .squaredHinge:
            return Self.hinge(prediction: p, label: Self.label(t), squared: kind == .squaredHinge)
        case .binaryCrossEntropy:
            let q = clipProbability(p)
            guard q >= 0, q <= 1 else { return .nan }
            return -(StableMath.xlogy(t, q) + StableMath.xlogy(1 - t, 1 - q))
        case .sigmoidCrossEntropy:
            return max(p, 0) - p * t + log1p(exp(-abs(p)))
        case .weightedSigmoidCrossEntropy:
            let w = parameters.posWeight
            return (1 - t) * p + (1 + (w - 1) * t) * (log1p(exp(-abs(p))) + max(-p, 0))
        default:
            return .nan
        }
    }

    /// The derivative of the loss with respect to the prediction; at a kink, the subgradient 0.
    @inlinable
    public func derivative(prediction p: Double, target t: Double) -> Double {
        let r = p - t
        switch kind {
        case .l1:
            return StableMath.sign(r)
        case .l2:
            return 2 * r
        case .msle:
            if let e = parameters.epsilon, p < e { return 0 }
            return 2 * (log1p(clipAbove(p)) - log1p(clipAbove(t))) / (1 + p)
        case .huber:
            let d = parameters.delta
            return abs(r) <= d ? r : d * StableMath.sign(r)
        case .pseudoHuber:
            return r / hypot(1, r / parameters.delta)
        case .logCosh:
            return tanh(r)
        case .smoothL1:
            let b = parameters.beta
            return abs(r) < b ? r / b : StableMath.sign(r)
        case .quantile:
            let tau = parameters.tau
            return t > p ? -tau : (t < p ? 1 - tau : 0)
        case .poisson:
            return 1 - t / (p + (parameters.epsilon ?? 0))
        case .tukey:
            let c = parameters.delta
            guard abs(r) <= c else { return 0 }
            let u = 1 - (r / c) * (r / c)
            return r * u * u
        case .barron, .charbonnier, .cauchy, .gemanMcClure, .welsch:
            return Barron.derivative(r, alpha: barronAlpha, scale: parameters.delta)
        case .hinge:
            let y = Self.label(t)
            return y * p < 1 ? -y : 0
        case .squaredHinge:
            let y = Self.label(t)
            return y * p < 1 ? -2 * y * (1 - y * p) : 0
        case .binaryCrossEntropy:
            let q = clipProbability(p)
            guard q >= 0, q <= 1 else { return .nan }
            if let e = parameters.epsilon, p < e || p > 1 - e { return 0 }
            return -(t / q) + (1 - t) / (1 - q)
        case .sigmoidCrossEntropy:
            return StableMath.sigmoid(p) - t
        case .weightedSigmoidCrossEntropy:
            let w = parameters.posWeight
            return (1 - t) - (1 + (w - 1) * t) * StableMath.sigmoid(-p)
        default:
            return .nan
        }
    }

    /// max(0, 1 - y p), squared when asked, for a label y taken as it is.
    @inlinable
    public static func hinge(prediction p: Double, label y: Double, squared: Bool) -> Double {
        let h = max(0, 1 - y * p)
        return squared ? h * h : h
    }

    /// A hinge label: 0 is read as -1, as Keras converts {0, 1} labels.
    @inlinable
    static func label(_ t: Double) -> Double {
        t == 0 ? -1 : t
    }

    /// The alpha of Barron's family that this loss is.
    @usableFromInline
    var barronAlpha: Double {
        switch kind {
        case .charbonnier: 1
        case .cauchy: 0
        case .gemanMcClure: -2
        case .welsch: -.infinity
        default: parameters.alpha
        }
    }

    /// Keras clips MSLE's inputs below at epsilon; without epsilon the exact function is used.
    @usableFromInline
    func clipAbove(_ x: Double) -> Double {
        guard let e = parameters.epsilon else { return x }
        return max(x, e)
    }

    /// Keras clips probabilities to [epsilon, 1 - epsilon]; without epsilon they are used as they are.
    @usableFromInline
    func clipProbability(_ x: Double) -> Double {
        guard let e = parameters.epsilon, !x.isNaN else { return x }
        return min(max(x, e), 1 - e)
    }
}
