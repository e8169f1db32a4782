extension LossDefinition {
    /// max(0, 1 - m)².
    public static let squaredHinge = LossDefinition(
        name: "squared-hinge", aliases: ["l2-hinge"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "max(0, 1 - m)^2, m = y f",
        targetDomain: .label,
        kernel: .margin({ m, _ in
            let h = max(0, 1 - m)
            return h * h
        }, { m, _ in m < 1 ? -2 * (1 - m) : (m.isNaN ? m : 0) }, { m, _ in m < 1 ? 2 : (m.isNaN ? m : 0) }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: false, classificationCalibrated: true)
        },
        derivativeNotes: "second derivative 2 for m < 1 and 0 from m = 1 on (the flat side)",
        conventions: "a label 0 is read as -1; eval converts all-0/1 labels to -1/1 (Keras)",
        source: "keras/src/losses/losses.py squared_hinge; LossFunctions.jl L2HingeLoss",
        figure: .margin)
}
