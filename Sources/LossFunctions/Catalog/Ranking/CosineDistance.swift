import Platform

extension LossDefinition {
    /// 1 - cos θ over the angle between prediction and target.
    public static let cosineDistance = LossDefinition(
        name: "cosine-distance", aliases: ["cosine-embedding"], family: .ranking,
        x: "angle θ between the prediction and target vectors, in degrees",
        formula: "1 - cos θ",
        targetDomain: .none,
        kernel: .pointwise(
            value: { x, _, _ in 1 - cos(x * degree) },
            first: { x, _, _ in degree * sin(x * degree) },
            second: { x, _, _ in degree * degree * cos(x * degree) }),
        properties: { _, _ in
            LossProperties(convex: false, strictlyConvex: false, lipschitz: degree, bounded: 2, differentiable: true,
                           twiceDifferentiable: true)
        },
        conventions: "optax cosine_distance, PyTorch CosineEmbeddingLoss for y = 1; eval takes angles in degrees and ignores the target",
        source: "optax/losses/_regression.py cosine_distance; torch.nn.CosineEmbeddingLoss",
        figure: FigureDefaults(range: [0, 180], samples: 361, targets: [0], xLabel: "angle θ (degrees)"))
}

extension FrameworkLoss {
    /// PyTorch's cosine_embedding_loss, under cosine-distance's alias: 1 - cos for pairs labelled 1, a
    /// hinge on cos for pairs labelled -1.
    public static let cosineEmbedding = FrameworkLoss(own: "cosine-embedding")
}
