extension LossDefinition {
    /// Binary cross-entropy on a logit, in its stable form.
    public static let sigmoidCrossEntropy = LossDefinition(
        name: "sigmoid-cross-entropy", aliases: ["bce-with-logits", "binary-cross-entropy-with-logits"], family: .probability,
        x: "logit z for a target t",
        formula: "max(z, 0) - z t + log(1 + exp(-|z|))",
        targetDomain: .probability,
        kernel: .pointwise(
            value: { z, t, _ in max(z, 0) - z * t + StableMath.softplus(-abs(z)) },
            first: { z, t, _ in StableMath.sigmoid(z) - t },
            second: { z, _, _ in StableMath.sigmoid(z) * StableMath.sigmoid(-z) }),
        properties: { _, target in
            let t = target.scalar
            return LossProperties(convex: true, strictlyConvex: true, lipschitz: max(t, 1 - t), bounded: nil,
                                  differentiable: true, twiceDifferentiable: true)
        },
        conventions: "the exact, stable form (TensorFlow's sigmoid_cross_entropy_with_logits, PyTorch's binary_cross_entropy_with_logits)",
        source: "tf.nn.sigmoid_cross_entropy_with_logits; torch.nn.functional.binary_cross_entropy_with_logits",
        figure: FigureDefaults(range: [-5, 5], samples: 200, targets: [1, 0], xLabel: "logit"))
}
