extension LossDefinition {
    /// max(0, -y (x1 - x2) + margin): a ranking of two scores by a label y = 1 (x1 first) or -1.
    public static let marginRanking = LossDefinition(
        name: "margin-ranking", aliases: ["margin-ranking-loss"], family: .ranking,
        x: "score difference d = x1 - x2 for a label y (1: x1 should rank higher, -1: x2)",
        parameters: [ParameterSpec(.margin, default: 0, figure: [0, 0.5, 1], range: .nonNegative)],
        formula: "max(0, -y d + margin), d = x1 - x2",
        targetDomain: .label,
        kernel: .margin({ m, p in max(0, p[.margin] - m) }, { m, p in m < p[.margin] ? -1 : (m.isNaN ? m : 0) }, { m, _ in m.isNaN ? m : 0 }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false)
        },
        derivativeNotes: "derivative -y where y d < margin, the subgradient 0 at y d = margin; second derivative 0",
        conventions: "PyTorch MarginRankingLoss: eval takes the differences x1 - x2 as predictions and labels 1 or -1 (all-0/1 labels are read as -1/1)",
        source: "torch.nn.MarginRankingLoss; mlx.nn.losses.margin_ranking_loss",
        figure: FigureDefaults(range: [-2, 2], samples: 401, targets: [1], xLabel: "score difference x1 - x2"))
}
