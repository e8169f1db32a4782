extension LossDefinition {
    /// x for similar pairs (y = 1), max(0, margin - x) for dissimilar ones (y = -1), over a distance x.
    public static let hingeEmbedding = LossDefinition(
        name: "hinge-embedding", aliases: ["hinge-embedding-loss"], family: .ranking,
        x: "distance x between two embeddings for a label y (1: similar, -1: dissimilar)",
        parameters: [ParameterSpec(.margin, default: 1, range: .nonNegative)],
        formula: "x if y = 1; max(0, margin - x) if y = -1",
        inputDomain: .nonNegative, targetDomain: .label,
        kernel: .pointwise(
            value: { x, y, p in y == 1 ? x : (y == -1 ? max(0, p[.margin] - x) : .nan) },
            first: { x, y, p in y == 1 ? (x.isNaN ? x : 1) : (y == -1 ? (x < p[.margin] ? -1 : (x.isNaN ? x : 0)) : .nan) },
            second: { x, y, _ in y == 1 || y == -1 ? (x.isNaN ? x : 0) : .nan }),
        properties: { p, target in
            let margin = p[.margin]
            guard target.scalar == -1 else {
                return LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: true,
                                      twiceDifferentiable: true)
            }
            // On x >= 0 the kink at x = margin is inside the domain only for a positive margin.
            return LossProperties(convex: true, strictlyConvex: false, lipschitz: margin > 0 ? 1 : 0, bounded: margin,
                                  differentiable: margin == 0, twiceDifferentiable: margin == 0)
        },
        derivativeNotes: "for y = -1, derivative -1 below the margin, the subgradient 0 at it; second derivative 0",
        conventions: "PyTorch HingeEmbeddingLoss: eval takes distances and labels 1 or -1 (all-0/1 labels are read as -1/1); a label other than ±1 gives NaN",
        source: "torch.nn.HingeEmbeddingLoss",
        figure: FigureDefaults(range: [0, 3], samples: 301, targets: [1, -1], xLabel: "distance x"))
}
