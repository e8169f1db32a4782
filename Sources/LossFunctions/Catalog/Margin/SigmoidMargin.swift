import Platform

extension LossDefinition {
    /// 1 - tanh m: a bounded, non-convex smooth step.
    public static let sigmoidMargin = LossDefinition(
        name: "sigmoid-margin", family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "1 - tanh(m), m = y f, computed as 2 / (1 + e^(2m))",
        targetDomain: .label,
        kernel: .margin(
            { m, _ in 2 * StableMath.sigmoid(-2 * m) },
            { m, _ in
                let c = cosh(m)
                return -1 / (c * c)
            },
            { m, _ in
                let c = cosh(m)
                return 2 * tanh(m) / (c * c)
            }),
        properties: { _, _ in
            // sup ψ = 2 as m -> -inf (not reached); the steepest slope, -1, is at m = 0. Calibrated in Bartlett,
            // Jordan and McAuliffe's sense: the infimum over scores of the wrong sign, 1, exceeds the overall one.
            LossProperties(convex: false, strictlyConvex: false, lipschitz: 1, bounded: 2, differentiable: true,
                           twiceDifferentiable: true, classificationCalibrated: true)
        },
        conventions: "LossFunctions.jl's SigmoidLoss; a label 0 is read as -1, and eval reads labels that are all 0 or "
            + "1 as -1 and 1",
        source: "LossFunctions.jl SigmoidLoss; Mason, Baxter, Bartlett and Frean 2000",
        figure: .margin)
}
