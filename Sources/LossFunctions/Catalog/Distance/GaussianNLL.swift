import Platform

extension LossDefinition {
    /// The Gaussian negative log-likelihood of a residual r for a fixed variance, without its constant.
    public static let gaussianNLL = LossDefinition(
        name: "gaussian-nll", aliases: ["gaussian-nll-loss", "gaussian-negative-log-likelihood"], family: .distance,
        x: "prediction ŷ (the mean) for a fixed target t (residual r = ŷ - t) and variance --var",
        parameters: [ParameterSpec(.variance, default: 1, figure: [0.25, 1, 4], range: .nonNegative)],
        formula: "(log max(var, eps) + r^2 / max(var, eps)) / 2, eps = 1e-6",
        kernel: .distance(
            { r, p in
                let v = gaussianVariance(p[.variance])
                return (log(v) + r * r / v) / 2
            },
            { r, p in r / gaussianVariance(p[.variance]) },
            { r, p in r.isNaN ? r : 1 / gaussianVariance(p[.variance]) }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, symmetric: true)
        },
        conventions: "PyTorch GaussianNLLLoss (full=False): the variance is clamped at eps = 1e-6 and the constant log(2π)/2 is left out (PyTorch's full=True and MLX's full add it: eval --framework pytorch --full); the catalog's curve and plain eval leave it out; eval: the mean over a sample's row, one variance for all",
        source: "torch.nn.GaussianNLLLoss; mlx.nn.losses.gaussian_nll_loss",
        figure: FigureDefaults(range: [-3, 3], samples: 301, targets: [0], xLabel: "residual ŷ - t"))

    /// PyTorch's clamp of the variance.
    @inlinable
    static func gaussianVariance(_ v: Double) -> Double { max(v, 1e-6) }
}
