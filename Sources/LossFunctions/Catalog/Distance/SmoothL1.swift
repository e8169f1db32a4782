extension LossDefinition {
    /// PyTorch's smooth L1: Huber divided by β.
    public static let smoothL1 = LossDefinition(
        name: "smooth-l1", family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.beta, default: 1, figure: [0.5, 1, 2], range: .positive)],
        formula: "r^2/(2 beta) if |r| < beta, else |r| - beta/2",
        kernel: .distance(
            { r, p in abs(r) < p[.beta] ? 0.5 * r * r / p[.beta] : abs(r) - 0.5 * p[.beta] },
            { r, p in abs(r) < p[.beta] ? r / p[.beta] : StableMath.sign(r) },
            { r, p in r.isNaN ? r : (abs(r) < p[.beta] ? 1 / p[.beta] : 0) }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: true,
                           twiceDifferentiable: false, symmetric: true)
        },
        derivativeNotes: "second derivative 1/beta for |r| < beta, 0 from |r| = beta on (the linear side)",
        conventions: "PyTorch smooth_l1_loss; beta > 0 (PyTorch's beta = 0 is L1)",
        source: "torch.nn.functional.smooth_l1_loss; mlx.nn.losses.smooth_l1_loss",
        figure: FigureDefaults(range: [-3, 3], samples: 601))
}
