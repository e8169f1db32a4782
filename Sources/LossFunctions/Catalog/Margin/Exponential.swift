import Platform

extension LossDefinition {
    /// e^-m: AdaBoost's loss.
    public static let exponential = LossDefinition(
        name: "exponential", aliases: ["exp", "adaboost"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "e^-m, m = y f",
        targetDomain: .label,
        kernel: .margin({ m, _ in exp(-m) }, { m, _ in -exp(-m) }, { m, _ in exp(-m) }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, classificationCalibrated: true)
        },
        conventions: "AdaBoost's exponential loss (ESL 10.4); a label 0 is read as -1, and eval reads labels that are "
            + "all 0 or 1 as -1 and 1",
        source: "Freund and Schapire 1997; Hastie, Tibshirani and Friedman, ESL section 10.4; LossFunctions.jl ExpLoss",
        figure: .margin)
}
