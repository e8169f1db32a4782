extension LossDefinition {
    /// Poly-1 cross-entropy: the cross-entropy plus ε times its first polynomial term, 1 - p_t.
    public static let poly1CrossEntropy = LossDefinition(
        name: "poly1-cross-entropy", aliases: ["poly1", "poly-loss"], family: .probability,
        x: "predicted probability p for a target t (p_t = p when t = 1)",
        parameters: [ParameterSpec(.polyEpsilon, default: 2, figure: [-1, 0, 2], range: polyEpsilonRange)],
        formula: "-(t log p + (1 - t) log(1 - p)) + ε (1 - p_t), p_t = t p + (1 - t)(1 - p)",
        inputDomain: .probability, targetDomain: .probability,
        kernel: .pointwise(
            value: { x, t, p in
                guard x >= 0, x <= 1 else { return .nan }
                let q = clipProbability(x, p)
                return -(StableMath.xlogy(t, q) + StableMath.xlogy(1 - t, 1 - q)) + p[.polyEpsilon] * (t + x - 2 * t * x)
            },
            first: { x, t, p in
                guard x >= 0, x <= 1 else { return .nan }
                let q = clipProbability(x, p)
                let ce = q != x ? 0 : (t == 0 ? 0 : -t / q) + (t == 1 ? 0 : (1 - t) / (1 - q))
                return ce + p[.polyEpsilon] * (1 - 2 * t)
            },
            second: { x, t, p in
                guard x >= 0, x <= 1 else { return .nan }
                let q = clipProbability(x, p)
                if q != x { return 0 }
                return (t == 0 ? 0 : t / (q * q)) + (t == 1 ? 0 : (1 - t) / ((1 - q) * (1 - q)))
            }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true)
        },
        conventions: "optax poly_loss_cross_entropy for two classes (labels (t, 1 - t), probabilities (p, 1 - p)); eval clips p to [epsilon, 1 - epsilon] in the cross-entropy only, as binary-cross-entropy does",
        source: "optax/losses/_classification.py poly_loss_cross_entropy; Leng et al. 2022, PolyLoss, eq. 2 (Poly-1)",
        figure: FigureDefaults(range: [0.01, 1], samples: 400, targets: [1], xLabel: "predicted probability p"))

    /// [-1, inf): Leng et al.'s range for the poly-1 weight, where the loss stays non-negative.
    static let polyEpsilonRange = ParameterRange(lower: -1, upper: .infinity, lowerOpen: false, upperOpen: true)
}
