extension LossDefinition {
    /// Cross-entropy of probabilities against one class.
    public static let sparseCategoricalCrossEntropy = LossDefinition(
        name: "sparse-categorical-cross-entropy", aliases: ["scce"], family: .distribution,
        x: "first probability s of the row (s, (1 - s) rest / sum(rest))",
        formula: "-log p_k",
        inputDomain: .probability, targetDomain: .classIndex,
        kernel: .row(.categoricalCrossEntropy(target: .classIndex)),
        properties: { _, _ in .probabilityRow },
        conventions: "eval scales each row to sum 1, then clips (Keras)",
        source: "keras/src/backend/numpy/nn.py sparse_categorical_crossentropy",
        figure: FigureDefaults(range: [0.01, 0.99], samples: 200, targets: [0], rest: [1], xLabel: "first probability s"))
}
