extension LossDefinition {
    /// -(t log p + (1 - t) log(1 - p)) on a probability p.
    public static let binaryCrossEntropy = LossDefinition(
        name: "binary-cross-entropy", aliases: ["bce", "log-loss", "binary-crossentropy"], family: .probability,
        x: "predicted probability p for a target t",
        parameters: [ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove)],
        formula: "-(t' log p + (1 - t') log(1 - p)), t' = t (1 - ε) + ε / 2",
        inputDomain: .probability, targetDomain: .probability,
        kernel: .pointwise(
            value: { x, target, p in
                let t = FocalTerms.smoothed(target, p[.labelSmoothing]), q = clipProbability(x, p)
                guard q >= 0, q <= 1 else { return .nan }
                return -(StableMath.xlogy(t, q) + StableMath.xlogy(1 - t, 1 - q))
            },
            first: { x, target, p in
                let t = FocalTerms.smoothed(target, p[.labelSmoothing]), q = clipProbability(x, p)
                guard q >= 0, q <= 1 else { return .nan }
                if let e = p.epsilon, x < e || x > 1 - e { return 0 }
                // A term of weight 0 is dropped, as 0 log 0 = 0 drops it from the value.
                return (t == 0 ? 0 : -t / q) + (t == 1 ? 0 : (1 - t) / (1 - q))
            },
            second: { x, target, p in
                let t = FocalTerms.smoothed(target, p[.labelSmoothing]), q = clipProbability(x, p)
                guard q >= 0, q <= 1 else { return .nan }
                if let e = p.epsilon, x < e || x > 1 - e { return 0 }
                return (t == 0 ? 0 : t / (q * q)) + (t == 1 ? 0 : (1 - t) / ((1 - q) * (1 - q)))
            }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true)
        },
        derivativeNotes: "a term of weight 0 (t = 0 or t = 1) is dropped from every derivative, as from the value",
        conventions: "eval clips p to [epsilon, 1 - epsilon], epsilon = 1e-7 (Keras); figures draw the exact function, NaN outside [0, 1]; --label-smoothing ε moves the target to t (1 - ε) + ε / 2 before the clip (Keras)",
        source: "keras/src/backend/numpy/nn.py binary_crossentropy; LossFunctions.jl CrossEntropyLoss",
        figure: FigureDefaults(range: [0.001, 0.999], samples: 500, targets: [1, 0], xLabel: "predicted probability"))

    /// Keras clips probabilities to [epsilon, 1 - epsilon]; without epsilon they are used as they are.
    @usableFromInline
    static func clipProbability(_ x: Double, _ p: ParameterValues) -> Double {
        guard let e = p.epsilon, !x.isNaN else { return x }
        return min(max(x, e), 1 - e)
    }
}
