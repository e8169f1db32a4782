extension LossDefinition {
    /// max(0, 1 - m): the SVM's loss.
    public static let hinge = LossDefinition(
        name: "hinge", aliases: ["l1-hinge"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "max(0, 1 - m), m = y f",
        targetDomain: .label,
        kernel: .margin({ m, _ in max(0, 1 - m) }, { m, _ in m < 1 ? -1 : (m.isNaN ? m : 0) }, { m, _ in m.isNaN ? m : 0 }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false, classificationCalibrated: true)
        },
        derivativeNotes: "derivative -y where m < 1, the subgradient 0 at m = 1; second derivative 0",
        conventions: "a label 0 is read as -1; eval reads labels that are all 0 or 1 as -1 and 1, other labels as they are (Keras)",
        source: "keras/src/losses/losses.py hinge; LossFunctions.jl L1HingeLoss",
        figure: .margin)
}
