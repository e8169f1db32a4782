extension LossDefinition {
    /// The squared hinge for m >= -1, continued by its tangent line -4m below.
    public static let modifiedHuber = LossDefinition(
        name: "modified-huber", family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "max(0, 1 - m)^2 if m >= -1, else -4m, m = y f",
        targetDomain: .label,
        kernel: .margin(
            { m, _ in
                guard m >= -1 else { return -4 * m }
                let h = max(0, 1 - m)
                return h * h
            },
            { m, _ in m >= 1 ? 0 : (m >= -1 ? -2 * (1 - m) : (m.isNaN ? m : -4)) },
            { m, _ in m >= 1 || m < -1 ? 0 : (m.isNaN ? m : 2) }),
        properties: { _, _ in
            // Slope -4 below -1, flat from 1 on; ψ'' jumps at -1 and at 1.
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 4, bounded: nil, differentiable: true,
                           twiceDifferentiable: false, classificationCalibrated: true)
        },
        derivativeNotes: "second derivative 2 on [-1, 1) and 0 elsewhere: the quadratic side at m = -1 and the flat "
            + "side at m = 1, as scikit-learn's branches split",
        conventions: "scikit-learn's and LossFunctions.jl's scale (optax's sparsemax_loss is a quarter of it); a label "
            + "0 is read as -1, and eval reads labels that are all 0 or 1 as -1 and 1",
        source: "Zhang 2004; sklearn/linear_model/_sgd_fast.pyx.tp ModifiedHuber; LossFunctions.jl ModifiedHuberLoss",
        figure: .margin)
}
