extension LossDefinition {
    /// KL(q ‖ p).
    public static let klDivergence = LossDefinition(
        name: "kl-divergence", aliases: ["kld", "kl"], family: .distribution,
        x: "first probability s of the row (s, (1 - s) rest / sum(rest))",
        formula: "sum_i q_i log(q_i / p_i), 0 log 0 = 0",
        inputDomain: .probability, targetDomain: .distribution,
        kernel: .row(.klDivergence),
        properties: { _, _ in .probabilityRow },
        derivativeNotes: "terms with q_i = 0 are dropped from the value and every derivative",
        conventions: "eval clips both rows to [epsilon, 1] (Keras)",
        source: "keras/src/losses/losses.py kl_divergence",
        figure: FigureDefaults(range: [0.01, 0.99], samples: 200, distribution: [0.3, 0.7], rest: [1], xLabel: "first probability s"))
}
