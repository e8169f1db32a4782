import Platform

extension LossDefinition {
    /// Binary focal loss on a logit, computed in log space.
    public static let sigmoidFocal = LossDefinition(
        name: "sigmoid-focal", aliases: ["sigmoid-focal-loss", "focal-with-logits"], family: .probability,
        x: "logit z for a target t (p = sigmoid(z))",
        parameters: [
            ParameterSpec(.gamma, default: 2, figure: [0, 0.5, 1, 2, 5], range: .nonNegative),
            ParameterSpec(.alpha, default: -1, range: focalAlpha),
            ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove),
        ],
        formula: "α_t (1 - p_t)^γ (max(z, 0) - z t + log(1 + exp(-|z|))), 1 - p_t = t σ(-z) + (1 - t) σ(z)",
        targetDomain: .probability,
        kernel: .pointwise(
            value: { z, t, p in focalOnLogit(z, t, p).value },
            first: { z, t, p in focalOnLogit(z, t, p).first },
            second: { z, t, p in focalOnLogit(z, t, p).second }),
        properties: { p, target in
            let t = FocalTerms.smoothed(target.scalar, p[.labelSmoothing])
            let w = FocalTerms.classWeight(p[.alpha], t)
            if w == 0 { return .zero }
            // (1 - p_t)^γ bends the cross-entropy's straight tail: convex only for γ = 0 or t = 1/2,
            // where the focal factor is constant; its steepest slope has no closed form.
            let convex = p[.gamma] == 0 || t == 0.5
            return LossProperties(convex: convex, strictlyConvex: convex, lipschitz: w * steepestFocalSlope(t, p),
                                  bounded: nil, differentiable: true, twiceDifferentiable: true)
        },
        conventions: "optax sigmoid_focal_loss's log-space form (exact for every logit); α off unless --alpha is given (Keras apply_class_balancing), α < 0 meaning none (torchvision); label smoothing t(1 - ε) + ε/2 (Keras); eval clips sigmoid(z) to [epsilon, 1 - epsilon] in the cross-entropy only, as Keras BinaryFocalCrossentropy(from_logits=True) does",
        source: "optax/losses/_classification.py sigmoid_focal_loss; torchvision.ops.sigmoid_focal_loss; keras/src/losses/losses.py binary_focal_crossentropy",
        figure: FigureDefaults(range: [-5, 5], samples: 400, targets: [1], xLabel: "logit"),
        probabilityOfScore: { StableMath.sigmoid($0) })

    /// Focal loss on a logit and its derivatives in z, through r = u'/u with u = 1 - p_t, so that no
    /// power of a vanishing u is taken: f = w u^γ C, f' = w u^γ (γ r C + C'),
    /// f'' = w u^γ (γ(γ - 1) r² C + γ r (1 - 2σ) C + 2γ r C' + C'').
    @usableFromInline
    static func focalOnLogit(_ z: Double, _ target: Double, _ p: ParameterValues) -> (value: Double, first: Double, second: Double) {
        guard !z.isNaN else { return (z, z, z) }
        let g = p[.gamma]
        let t = FocalTerms.smoothed(target, p[.labelSmoothing])
        let w = FocalTerms.classWeight(p[.alpha], t)
        let s = StableMath.sigmoid(z), sn = StableMath.sigmoid(-z)
        var c = max(z, 0) - z * t + StableMath.softplus(-abs(z))
        var dc = (1 - t) * s - t * sn, d2c = s * sn
        if let e = p.epsilon, s < e || s > 1 - e {
            let q = min(max(s, e), 1 - e)
            c = -(StableMath.xlogy(t, q) + StableMath.xlogy(1 - t, 1 - q))
            dc = 0
            d2c = 0
        }
        guard g != 0 else { return (w * c, w * dc, w * d2c) }
        let logU = FocalTerms.logOneMinusPt(z, t)
        let ug = exp(g * logU)
        let r = (1 - 2 * t) * exp(-StableMath.softplus(-z) - StableMath.softplus(z) - logU)
        let first = g * r * c + dc
        let second = g * (g - 1) * r * r * c + g * r * (sn - s) * c + 2 * g * r * dc + d2c
        return (w * ug * c, w * ug * first, w * ug * second)
    }

    /// sup |f'| of the unweighted focal loss on a logit: the larger of its limits t^(γ+1) and
    /// (1 - t)^(γ+1) at -inf and +inf, and of its largest value found by a scan of [-60, 60]
    /// refined by golden-section search.
    static func steepestFocalSlope(_ t: Double, _ p: ParameterValues) -> Double {
        var unweighted = p
        unweighted[.alpha] = -1
        unweighted[.labelSmoothing] = 0
        unweighted.epsilon = nil
        let slope = { (z: Double) in abs(focalOnLogit(z, t, unweighted).first) }
        var best = max(pow(t, p[.gamma] + 1), pow(1 - t, p[.gamma] + 1))
        var at = 0.0
        for i in 0...1200 {
            let z = -60 + Double(i) / 10
            if slope(z) > best { best = slope(z); at = z }
        }
        guard best > max(pow(t, p[.gamma] + 1), pow(1 - t, p[.gamma] + 1)) else { return best }
        var (a, b) = (at - 0.1, at + 0.1)
        let ratio = (sqrt(5) - 1) / 2
        for _ in 0..<80 {
            let c = b - ratio * (b - a), d = a + ratio * (b - a)
            if slope(c) > slope(d) { b = d } else { a = c }
        }
        return max(best, slope((a + b) / 2))
    }
}
