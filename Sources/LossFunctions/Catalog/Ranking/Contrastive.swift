extension LossDefinition {
    /// Hadsell, Chopra and LeCun's contrastive loss over the distance of a pair: d²/2 for a similar
    /// pair (y = 1), max(0, margin - d)²/2 for a dissimilar one (y = 0).
    public static let contrastive = LossDefinition(
        name: "contrastive", aliases: ["contrastive-loss"], family: .ranking,
        x: "distance d between two embeddings for a pair label y (1: similar, 0: dissimilar)",
        parameters: [ParameterSpec(.margin, default: 1, range: .nonNegative)],
        formula: "y d²/2 + (1 - y) max(0, margin - d)²/2",
        inputDomain: .nonNegative, targetDomain: .probability,
        kernel: .pointwise(
            value: { d, y, p in
                let h = max(0, p[.margin] - d)
                return y * d * d / 2 + (1 - y) * h * h / 2
            },
            first: { d, y, p in y * d - (1 - y) * max(0, p[.margin] - d) },
            second: { d, y, p in y + (d < p[.margin] ? 1 - y : (d.isNaN ? d : 0)) }),
        properties: { p, target in
            let y = target.scalar, margin = p[.margin]
            let bent = y < 1 && margin > 0
            if y == 0 {
                return LossProperties(convex: true, strictlyConvex: false, lipschitz: margin, bounded: margin * margin / 2,
                                      differentiable: true, twiceDifferentiable: !bent)
            }
            return LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                                  twiceDifferentiable: !bent)
        },
        derivativeNotes: "for a dissimilar pair the second derivative jumps from 1 to 0 at d = margin",
        conventions: "Hadsell et al.'s form with the 1/2 (TensorFlow Addons' contrastive_loss has none, and a mean); eval takes distances and labels 1 (similar) or 0 (dissimilar)",
        source: "Hadsell, Chopra and LeCun 2006, Dimensionality Reduction by Learning an Invariant Mapping, eq. 4",
        figure: FigureDefaults(range: [0, 2], samples: 401, targets: [1, 0], xLabel: "distance d"))
}
