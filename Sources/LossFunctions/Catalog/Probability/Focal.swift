extension LossDefinition {
    /// Binary focal loss on a probability: α_t (1 - p_t)^γ times the binary cross-entropy.
    public static let focal = LossDefinition(
        name: "focal", aliases: ["binary-focal", "binary-focal-crossentropy", "binary-focal-cross-entropy", "focal-loss"], family: .probability,
        x: "predicted probability p of the positive class for a target t (p_t = p when t = 1)",
        parameters: [
            ParameterSpec(.gamma, default: 2, figure: [0, 0.5, 1, 2, 5], range: .nonNegative),
            ParameterSpec(.alpha, default: -1, range: focalAlpha),
            ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove),
        ],
        formula: "-α_t (1 - p_t)^γ (t log p + (1 - t) log(1 - p)), p_t = t p + (1 - t)(1 - p), α_t = α t + (1 - α)(1 - t) (1 when α < 0)",
        inputDomain: .probability, targetDomain: .probability,
        kernel: .pointwise(
            value: { x, t, p in focalOnProbability(x, t, p).value },
            first: { x, t, p in focalOnProbability(x, t, p).first },
            second: { x, t, p in focalOnProbability(x, t, p).second }),
        properties: { p, target in
            let t = FocalTerms.smoothed(target.scalar, p[.labelSmoothing])
            let w = FocalTerms.classWeight(p[.alpha], t)
            if w == 0 { return .zero }
            return LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                                  twiceDifferentiable: true)
        },
        derivativeNotes: "at p = t for a hard target the derivatives are their limits (the second is +inf for 0 < γ < 1)",
        conventions: "Keras BinaryFocalCrossentropy: α off unless --alpha is given (apply_class_balancing); α < 0 (the default -1) means no α, as in torchvision; label smoothing t(1 - ε) + ε/2 before anything else; eval clips p to [epsilon, 1 - epsilon] in the cross-entropy only, p_t uses p as given",
        source: "keras/src/losses/losses.py binary_focal_crossentropy; Lin et al. 2017, Focal Loss for Dense Object Detection, eq. 5 and Figure 1",
        figure: FigureDefaults(range: [0.01, 1], samples: 500, targets: [1], xLabel: "predicted probability p"))

    /// [-1, 1]: a class weight in [0, 1], or a negative value (-1) for none.
    static let focalAlpha = ParameterRange(lower: -1, upper: 1, lowerOpen: false, upperOpen: false)

    /// Focal loss on a probability and its derivatives in p.
    @usableFromInline
    static func focalOnProbability(_ x: Double, _ target: Double, _ p: ParameterValues) -> (value: Double, first: Double, second: Double) {
        guard x >= 0, x <= 1 else { return (.nan, .nan, .nan) }
        let t = FocalTerms.smoothed(target, p[.labelSmoothing])
        let w = FocalTerms.classWeight(p[.alpha], t)
        let q = clipProbability(x, p)
        let clipped = q != x
        let c = -(StableMath.xlogy(t, q) + StableMath.xlogy(1 - t, 1 - q))
        let dc = clipped ? 0 : (t == 0 ? 0 : -t / q) + (t == 1 ? 0 : (1 - t) / (1 - q))
        let d2c = clipped ? 0 : (t == 0 ? 0 : t / (q * q)) + (t == 1 ? 0 : (1 - t) / ((1 - q) * (1 - q)))
        let f = FocalTerms.product(gamma: p[.gamma], u: t + x - 2 * t * x, du: 1 - 2 * t, d2u: 0, c: c, dc: dc, d2c: d2c)
        return (w * f.value, w * f.first, w * f.second)
    }
}

extension LossProperties {
    /// A loss that is 0 everywhere (a class weight of 0).
    static let zero = LossProperties(convex: true, strictlyConvex: false, lipschitz: 0, bounded: 0, differentiable: true,
                                     twiceDifferentiable: true)
}
