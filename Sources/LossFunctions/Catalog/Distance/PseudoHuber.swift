import Platform

extension LossDefinition {
    /// δ²(√(1 + (r/δ)²) - 1): a smooth Huber.
    public static let pseudoHuber = LossDefinition(
        name: "pseudo-huber", family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.delta, default: 1, figure: [0.25, 0.5, 1, 2], range: .positive)],
        formula: "delta^2 (sqrt(1 + (r/delta)^2) - 1)",
        kernel: .distance(
            // = r² / (√(1 + (r/δ)²) + 1): no cancellation near 0, and no overflow of r² far out.
            { r, p in r / (hypot(1, r / p[.delta]) + 1) * r },
            { r, p in r / hypot(1, r / p[.delta]) },
            { r, p in
                let h = hypot(1, r / p[.delta])
                return 1 / (h * h * h)
            }),
        properties: { p, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: p[.delta], bounded: nil, differentiable: true,
                           twiceDifferentiable: true, symmetric: true)
        },
        conventions: "the article's and the TensorFlow cookbook's form; Barron's alpha = 1 with c = delta, times delta^2",
        source: "TensorFlow Machine Learning Cookbook, 'Implementing Loss Functions'; Charbonnier et al. 1994",
        figure: FigureDefaults(range: [-2, 2], samples: 401))
}
