extension LossDefinition {
    /// The pinball loss.
    public static let quantile = LossDefinition(
        name: "quantile", aliases: ["pinball"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.tau, default: 0.5, figure: [0.1, 0.5, 0.9], range: .unit)],
        formula: "max(tau (t - p), (tau - 1)(t - p)) = r (1[r > 0] - tau) with r = p - t (pinball)",
        kernel: .distance(
            { r, p in max(-p[.tau] * r, (1 - p[.tau]) * r) },
            { r, p in r > 0 ? 1 - p[.tau] : (r < 0 ? -p[.tau] : (r.isNaN ? r : 0)) },
            { r, _ in r.isNaN ? r : 0 }),
        properties: { p, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: max(p[.tau], 1 - p[.tau]), bounded: nil,
                           differentiable: false, twiceDifferentiable: false, symmetric: p[.tau] == 0.5)
        },
        derivativeNotes: "subgradient 0 at r = 0; second derivative 0",
        conventions: "the standard pinball loss; LossFunctions.jl's code (its docstring shows the mirror image)",
        source: "Koenker and Bassett 1978; LossFunctions.jl QuantileLoss (code)",
        figure: FigureDefaults(range: [-2, 2], samples: 401))
}
