import Platform

extension LossDefinition {
    /// Distance-weighted discrimination: linear up to q/(q + 1), then a decaying power.
    public static let dwd = LossDefinition(
        name: "dwd", aliases: ["dwd-margin"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        parameters: [ParameterSpec(.q, default: 1, figure: [0.5, 1, 2], range: .positive)],
        formula: "1 - m if m <= q/(q + 1), else q^q / ((q + 1)^(q + 1) m^q), m = y f",
        targetDomain: .label,
        kernel: .margin(
            { m, p in
                let knee = p[.q] / (p[.q] + 1)
                return m <= knee ? 1 - m : pow(knee / m, p[.q]) / (p[.q] + 1)
            },
            { m, p in
                let knee = p[.q] / (p[.q] + 1)
                return m <= knee ? -1 : -pow(knee / m, p[.q] + 1)
            },
            { m, p in
                let knee = p[.q] / (p[.q] + 1)
                return m <= knee ? 0 : (p[.q] + 1) / knee * pow(knee / m, p[.q] + 2)
            }),
        properties: { _, _ in
            // ψ' is continuous (-1 at the knee), but ψ'' jumps from 0 to (q + 1)²/q there; LossFunctions.jl
            // declares it twice differentiable, which it is not.
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: true,
                           twiceDifferentiable: false, classificationCalibrated: true)
        },
        derivativeNotes: "second derivative 0 up to the knee m = q/(q + 1) (taken there too), (q + 1)^2/q just after it",
        conventions: "LossFunctions.jl's DWDMarginLoss, whose q has no default: q = 1 here (Marron, Todd and Ahn's "
            + "original DWD, and LossFunctions.jl's plot); a label 0 is read as -1, and eval reads labels that are all "
            + "0 or 1 as -1 and 1",
        source: "Marron, Todd and Ahn 2007; Wang and Zou 2018 (generalized DWD); LossFunctions.jl DWDMarginLoss",
        figure: .margin)
}
