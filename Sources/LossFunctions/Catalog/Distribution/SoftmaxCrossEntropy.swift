extension LossDefinition {
    /// Cross-entropy of softmax(logits) against a distribution.
    public static let softmaxCrossEntropy = LossDefinition(
        name: "softmax-cross-entropy", aliases: ["ce", "cross-entropy"], family: .distribution,
        x: "first logit z of a row whose other logits are fixed (--rest)",
        parameters: [ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove)],
        formula: "-sum_i q'_i log_softmax(z)_i = sum_i q'_i ((max z - z_i) + log sum_j exp(z_j - max z)), q' = q (1 - ε) + ε / C",
        targetDomain: .distribution,
        kernel: .row(.softmaxCrossEntropy(target: .distribution)),
        properties: { p, target in .softmaxCrossEntropy(target, smoothing: p[.labelSmoothing]) },
        conventions: "logits shifted by their largest value throughout; eval takes logits (PyTorch cross_entropy, Keras from_logits=True); --label-smoothing ε mixes the target with the uniform distribution over the row's C classes (Keras, PyTorch, MLX, optax smooth_labels)",
        source: "tf.nn.softmax_cross_entropy_with_logits; torch.nn.functional.cross_entropy",
        figure: FigureDefaults(range: [-5, 15], samples: 501, distribution: [0.1, 0.02, 0.88], rest: [-3, 10], xLabel: "first logit z"))
}
