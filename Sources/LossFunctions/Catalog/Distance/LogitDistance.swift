import Platform

extension LossDefinition {
    /// -ln of the logistic density of the residual: quadratic near 0, linear far out.
    public static let logitDistance = LossDefinition(
        name: "logit-distance", aliases: ["logit-dist"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        formula: "-ln(4 e^r / (1 + e^r)^2) = 2 ln(1 + e^r) - r - ln 4, computed as 2 log cosh(r/2)",
        kernel: .distance(
            { r, _ in 2 * StableMath.logCosh(r / 2) },
            { r, _ in tanh(r / 2) },
            { r, _ in
                let c = cosh(r / 2)
                return 0.5 / (c * c)
            }),
        properties: { _, _ in
            // ψ'' = sech²(r/2)/2 > 0 tends to 0: strictly, not strongly, convex; |ψ'| = |tanh(r/2)| < 1 tends to 1.
            LossProperties(convex: true, strictlyConvex: true, lipschitz: 1, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, symmetric: true)
        },
        conventions: "LossFunctions.jl's LogitDistLoss (the negative log-likelihood of logistic noise, scale 1, up to "
            + "its constant: 0 at r = 0)",
        source: "LossFunctions.jl LogitDistLoss",
        figure: FigureDefaults(range: [-3, 3], samples: 401))
}
