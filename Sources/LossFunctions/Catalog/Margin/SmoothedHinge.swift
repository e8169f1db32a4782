extension LossDefinition {
    /// The hinge with its corner rounded off over a width γ.
    public static let smoothedHinge = LossDefinition(
        name: "smoothed-hinge", aliases: ["smoothed-l1-hinge"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        parameters: [ParameterSpec(.gamma, default: 1, figure: [0.5, 1, 2], range: .positive)],
        formula: "max(0, 1 - m)^2 / (2 gamma) if m >= 1 - gamma, else 1 - gamma/2 - m, m = y f",
        targetDomain: .label,
        kernel: .margin(
            { m, p in
                guard m >= 1 - p[.gamma] else { return 1 - p[.gamma] / 2 - m }
                let h = max(0, 1 - m)
                return h * h / (2 * p[.gamma])
            },
            { m, p in m >= 1 ? 0 : (m >= 1 - p[.gamma] ? -(1 - m) / p[.gamma] : (m.isNaN ? m : -1)) },
            { m, p in m >= 1 || m < 1 - p[.gamma] ? 0 : (m.isNaN ? m : 1 / p[.gamma]) }),
        properties: { _, _ in
            // Slope -1 below 1 - γ, flat from 1 on; ψ'' jumps at both ends of the quadratic piece.
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: true,
                           twiceDifferentiable: false, classificationCalibrated: true)
        },
        derivativeNotes: "second derivative 1/gamma on [1 - gamma, 1) and 0 elsewhere: the quadratic side at "
            + "m = 1 - gamma, the flat side at m = 1",
        conventions: "LossFunctions.jl's SmoothedL1HingeLoss, whose gamma has no default: gamma = 1 here (Shalev-Shwartz "
            + "and Zhang's smoothed hinge); LossFunctions.jl's plot uses gamma = 2, where the loss is exactly a "
            + "quarter of modified-huber; a label 0 is read as -1, and eval reads labels that are all 0 or 1 as -1 and 1",
        source: "LossFunctions.jl SmoothedL1HingeLoss; Shalev-Shwartz and Zhang 2013 (SDCA), smoothed hinge",
        figure: .margin)
}
