extension LossDefinition {
    /// Cross-entropy of probabilities against a distribution.
    public static let categoricalCrossEntropy = LossDefinition(
        name: "categorical-cross-entropy", aliases: ["cce", "categorical-crossentropy"], family: .distribution,
        x: "first probability s of the row (s, (1 - s) rest / sum(rest))",
        parameters: [ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove)],
        formula: "-sum_i q'_i log p_i, q' = q (1 - ε) + ε / C",
        inputDomain: .probability, targetDomain: .distribution,
        kernel: .row(.categoricalCrossEntropy(target: .distribution)),
        properties: { _, _ in .probabilityRow },
        conventions: "eval scales each row to sum 1, then clips to [epsilon, 1 - epsilon] (Keras); --label-smoothing ε mixes the target with the uniform distribution over the row's C classes first (Keras)",
        source: "keras/src/backend/numpy/nn.py categorical_crossentropy",
        figure: FigureDefaults(range: [0.01, 0.99], samples: 200, distribution: [0.3, 0.7], rest: [1], xLabel: "first probability s"))
}
