extension LossDefinition {
    /// Binary cross-entropy on a logit, in its stable form.
    public static let sigmoidCrossEntropy = LossDefinition(
        name: "sigmoid-cross-entropy", aliases: ["bce-with-logits", "binary-cross-entropy-with-logits"], family: .probability,
        x: "logit z for a target t",
        parameters: [ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove)],
        formula: "max(z, 0) - z t' + log(1 + exp(-|z|)), t' = t (1 - ε) + ε / 2",
        targetDomain: .probability,
        kernel: .pointwise(
            value: { z, t, p in max(z, 0) - z * FocalTerms.smoothed(t, p[.labelSmoothing]) + StableMath.softplus(-abs(z)) },
            first: { z, t, p in StableMath.sigmoid(z) - FocalTerms.smoothed(t, p[.labelSmoothing]) },
            second: { z, _, _ in StableMath.sigmoid(z) * StableMath.sigmoid(-z) }),
        properties: { p, target in
            let t = FocalTerms.smoothed(target.scalar, p[.labelSmoothing])
            return LossProperties(convex: true, strictlyConvex: true, lipschitz: max(t, 1 - t), bounded: nil,
                                  differentiable: true, twiceDifferentiable: true)
        },
        conventions: "the exact, stable form (TensorFlow's sigmoid_cross_entropy_with_logits, PyTorch's binary_cross_entropy_with_logits); --label-smoothing ε moves the target to t (1 - ε) + ε / 2 (Keras; PyTorch has none)",
        source: "tf.nn.sigmoid_cross_entropy_with_logits; torch.nn.functional.binary_cross_entropy_with_logits",
        figure: FigureDefaults(range: [-5, 5], samples: 200, targets: [1, 0], xLabel: "logit"),
        probabilityOfScore: { StableMath.sigmoid($0) })
}
