extension LossDefinition {
    /// max(d(a, p) - d(a, n) + margin, 0) over the difference of the two distances.
    public static let tripletMargin = LossDefinition(
        name: "triplet-margin", aliases: ["triplet", "triplet-loss"], family: .ranking,
        x: "distance difference d = d(a, p) - d(a, n) of an anchor to its positive and negative",
        parameters: [ParameterSpec(.margin, default: 1, figure: [0.5, 1, 2], range: .nonNegative)],
        formula: "max(d + margin, 0), d = d(a, p) - d(a, n)",
        targetDomain: .none,
        kernel: .pointwise(
            value: { d, _, p in max(d + p[.margin], 0) },
            first: { d, _, p in d > -p[.margin] ? 1 : (d.isNaN ? d : 0) },
            second: { d, _, _ in d.isNaN ? d : 0 }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false)
        },
        derivativeNotes: "derivative 1 where d > -margin, the subgradient 0 at d = -margin; second derivative 0",
        conventions: "PyTorch TripletMarginLoss over the difference of distances; eval takes the differences d(a, p) - d(a, n) as predictions and ignores the target (the distances themselves, with PyTorch's p = 2 and eps = 1e-6, are the caller's)",
        source: "torch.nn.TripletMarginLoss; mlx.nn.losses.triplet_loss; Schroff et al. 2015, FaceNet, eq. 1",
        figure: FigureDefaults(range: [-3, 2], samples: 501, targets: [0], xLabel: "d(a, p) - d(a, n)"))
}
