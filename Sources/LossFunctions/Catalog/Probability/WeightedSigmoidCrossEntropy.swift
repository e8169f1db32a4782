extension LossDefinition {
    /// Sigmoid cross-entropy with the positive term weighted by w (PyTorch's pos_weight).
    public static let weightedSigmoidCrossEntropy = LossDefinition(
        name: "weighted-sigmoid-cross-entropy", family: .probability,
        x: "logit z for a target t",
        parameters: [ParameterSpec(.posWeight, default: 1, figure: [0.5, 1, 2], range: .nonNegative)],
        formula: "(1 - t) z + (1 + (w - 1) t)(log(1 + exp(-|z|)) + max(-z, 0))",
        targetDomain: .probability,
        kernel: .pointwise(
            value: { z, t, p in (1 - t) * z + (1 + (p[.posWeight] - 1) * t) * StableMath.softplus(-z) },
            first: { z, t, p in (1 - t) - (1 + (p[.posWeight] - 1) * t) * StableMath.sigmoid(-z) },
            second: { z, t, p in (1 + (p[.posWeight] - 1) * t) * StableMath.sigmoid(z) * StableMath.sigmoid(-z) }),
        properties: { p, target in
            let t = target.scalar, k = 1 + (p[.posWeight] - 1) * t
            return LossProperties(convex: true, strictlyConvex: k > 0, lipschitz: max(1 - t, p[.posWeight] * t), bounded: nil,
                                  differentiable: true, twiceDifferentiable: true)
        },
        conventions: "TensorFlow's weighted_cross_entropy_with_logits; PyTorch's pos_weight",
        source: "tf.nn.weighted_cross_entropy_with_logits; torch.nn.BCEWithLogitsLoss(pos_weight)",
        figure: FigureDefaults(range: [-5, 5], samples: 201, targets: [1], xLabel: "logit"),
        probabilityOfScore: { StableMath.sigmoid($0) })
}
