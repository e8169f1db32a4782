import Platform

extension LossDefinition {
    /// Keras's cosine similarity loss, -cos θ, over the angle between prediction and target.
    public static let cosineSimilarity = LossDefinition(
        name: "cosine-similarity", aliases: ["cosine-similarity-loss"], family: .ranking,
        x: "angle θ between the prediction and target vectors, in degrees",
        formula: "-cos θ",
        targetDomain: .none,
        kernel: .pointwise(
            value: { x, _, _ in -cos(x * degree) },
            first: { x, _, _ in degree * sin(x * degree) },
            second: { x, _, _ in degree * degree * cos(x * degree) }),
        properties: { _, _ in
            LossProperties(convex: false, strictlyConvex: false, lipschitz: degree, bounded: 1, differentiable: true,
                           twiceDifferentiable: true)
        },
        conventions: "Keras cosine_similarity's sign (-cos; MLX and optax return +cos); eval takes angles in degrees and ignores the target",
        source: "keras/src/losses/losses.py cosine_similarity",
        figure: FigureDefaults(range: [0, 180], samples: 361, targets: [0], xLabel: "angle θ (degrees)"))

    /// One degree in radians.
    static let degree = Double.pi / 180
}
