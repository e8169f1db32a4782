extension LossDefinition {
    /// Cross-entropy of softmax(logits) against one class.
    public static let sparseSoftmaxCrossEntropy = LossDefinition(
        name: "sparse-softmax-cross-entropy", aliases: ["sparse-ce"], family: .distribution,
        x: "first logit z of a row whose other logits are fixed (--rest)",
        formula: "-log_softmax(z)_k = (max z - z_k) + log sum_j exp(z_j - max z)",
        targetDomain: .classIndex,
        kernel: .row(.softmaxCrossEntropy(target: .classIndex)),
        properties: { _, target in .softmaxCrossEntropy(target) },
        conventions: "logits shifted by their largest value throughout; eval takes logits and class indices",
        source: "tf.nn.sparse_softmax_cross_entropy_with_logits; torch.nn.functional.cross_entropy",
        figure: FigureDefaults(range: [-5, 15], samples: 501, targets: [2, 0], rest: [-3, 10], xLabel: "first logit z"))
}
