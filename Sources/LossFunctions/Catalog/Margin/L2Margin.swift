extension LossDefinition {
    /// (1 - m)²: least squares on ±1 labels.
    public static let l2Margin = LossDefinition(
        name: "l2-margin", family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "(1 - m)^2, m = y f, which is (y - f)^2 for y = ±1",
        targetDomain: .label,
        kernel: .margin({ m, _ in (1 - m) * (1 - m) }, { m, _ in -2 * (1 - m) }, { m, _ in m.isNaN ? m : 2 }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, classificationCalibrated: true)
        },
        conventions: "ESL's squared error (y - f)^2 on labels ±1; it also penalises scores beyond the margin; a label 0 "
            + "is read as -1, and eval reads labels that are all 0 or 1 as -1 and 1",
        source: "Hastie, Tibshirani and Friedman, ESL section 10.6 and Figure 10.4; LossFunctions.jl L2MarginLoss",
        figure: .margin)
}
