import Platform

extension LossDefinition {
    /// ln(1 + e^-2m): ESL's binomial deviance, the logistic loss of the half-logit f.
    public static let binomialDeviance = LossDefinition(
        name: "binomial-deviance", aliases: ["deviance"], family: .margin,
        x: "score f for a label y (margin m = y f; f is half the logit, as ESL's)",
        formula: "ln(1 + e^-2m), m = y f, computed as softplus(-2m)",
        targetDomain: .label,
        kernel: .margin({ m, _ in StableMath.softplus(-2 * m) }, { m, _ in -2 * StableMath.sigmoid(-2 * m) },
                        { m, _ in 4 * StableMath.sigmoid(2 * m) * StableMath.sigmoid(-2 * m) }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: 2, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, classificationCalibrated: true)
        },
        conventions: "ESL's binomial deviance (Table 10.2), whose minimiser is half the log-odds; ESL's Figure 10.4 "
            + "draws it divided by ln 2, through (0, 1) (--factor 1.4426950408889634); a label 0 is read as -1",
        source: "Hastie, Tibshirani and Friedman, The Elements of Statistical Learning, 2nd ed., 10.6 and Table 10.2",
        figure: .margin,
        probabilityOfScore: { StableMath.sigmoid(2 * $0) })
}
