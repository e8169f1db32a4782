extension LossDefinition {
    /// H(q): constant in the prediction, drawn beside cross-entropy = entropy + KL.
    public static let entropy = LossDefinition(
        name: "entropy", family: .distribution,
        x: "first probability s of the row (s, (1 - s) rest / sum(rest))",
        formula: "-sum_i q_i log q_i (constant in the prediction)",
        inputDomain: .probability, targetDomain: .distribution,
        kernel: .row(.entropy),
        properties: { _, target in
            let h: Double = if case .row(let q) = target { q.entropy } else { 0 }
            return LossProperties(convex: true, strictlyConvex: false, lipschitz: 0, bounded: h, differentiable: true,
                                  twiceDifferentiable: true)
        },
        conventions: "the entropy of the target, so that cross-entropy = entropy + KL divergence",
        source: "Cover and Thomas, Elements of Information Theory, 2.1",
        figure: FigureDefaults(range: [0.01, 0.99], samples: 200, distribution: [0.3, 0.7], rest: [1], xLabel: "first probability s"))
}
