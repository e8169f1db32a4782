extension LossDefinition {
    /// Cross-entropy of softmax(logits) against a distribution.
    public static let softmaxCrossEntropy = LossDefinition(
        name: "softmax-cross-entropy", aliases: ["ce", "cross-entropy"], family: .distribution,
        x: "first logit z of a row whose other logits are fixed (--rest)",
        formula: "-sum_i q_i log_softmax(z)_i = sum_i q_i ((max z - z_i) + log sum_j exp(z_j - max z))",
        targetDomain: .distribution,
        kernel: .row(.softmaxCrossEntropy(target: .distribution)),
        properties: { _, target in .softmaxCrossEntropy(target) },
        conventions: "logits shifted by their largest value throughout; eval takes logits (PyTorch cross_entropy, Keras from_logits=True)",
        source: "tf.nn.softmax_cross_entropy_with_logits; torch.nn.functional.cross_entropy",
        figure: FigureDefaults(distribution: [0.1, 0.02, 0.88], rest: [-3, 10], xLabel: "first logit z"))
}
