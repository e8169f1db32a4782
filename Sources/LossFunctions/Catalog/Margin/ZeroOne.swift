extension LossDefinition {
    /// 1[m <= 0]: the misclassification count, the loss every margin loss stands in for.
    public static let zeroOne = LossDefinition(
        name: "zero-one", aliases: ["0-1", "misclassification"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "1 if m <= 0, else 0, m = y f (a score of 0 counts as an error)",
        targetDomain: .label,
        kernel: .margin({ m, _ in m <= 0 ? 1 : (m.isNaN ? m : 0) }, { m, _ in m.isNaN ? m : 0 },
                        { m, _ in m.isNaN ? m : 0 }),
        properties: { _, _ in
            // A step: bounded by 1, with no Lipschitz constant and no derivative at m = 0.
            LossProperties(convex: false, strictlyConvex: false, lipschitz: nil, bounded: 1, differentiable: false,
                           twiceDifferentiable: false, classificationCalibrated: true)
        },
        derivativeNotes: "derivatives 0 on both sides of the jump at m = 0, and 0 taken at m = 0 itself (where there is none)",
        conventions: "a score of 0 is an error (ESL's misclassification loss 1[y f <= 0]), which makes the loss "
            + "classification-calibrated; LossFunctions.jl's ZeroOneLoss counts m = 0 as correct (sign(m) < 0), "
            + "and then the score 0 minimises every conditional risk; a label 0 is read as -1, and eval reads labels "
            + "that are all 0 or 1 as -1 and 1",
        source: "Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, Figure 10.4; "
            + "LossFunctions.jl ZeroOneLoss",
        figure: .margin)
}
