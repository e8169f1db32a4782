import Platform

extension LossDefinition {
    /// ln(1 + e^-m): logistic regression's loss over the margin.
    public static let logistic = LossDefinition(
        name: "logistic", aliases: ["logit-margin", "soft-margin"], family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "ln(1 + e^-m), m = y f, computed as softplus(-m)",
        targetDomain: .label,
        kernel: .margin({ m, _ in StableMath.softplus(-m) }, { m, _ in -StableMath.sigmoid(-m) },
                        { m, _ in StableMath.sigmoid(m) * StableMath.sigmoid(-m) }),
        properties: { _, _ in
            // ψ'' = σ(m) σ(-m) > 0 but tends to 0: strictly, not strongly, convex; |ψ'| < 1 tends to 1.
            LossProperties(convex: true, strictlyConvex: true, lipschitz: 1, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, classificationCalibrated: true)
        },
        conventions: "natural logarithm (LossFunctions.jl LogitMarginLoss, PyTorch SoftMarginLoss, scikit-learn "
            + "log_loss); scikit-learn's figure draws log2(1 + e^-m) and ESL's binomial deviance is ln(1 + e^-2m); "
            + "a label 0 is read as -1, and eval reads labels that are all 0 or 1 as -1 and 1",
        source: "LossFunctions.jl LogitMarginLoss; torch.nn.SoftMarginLoss; sklearn/linear_model/_sgd_fast.pyx.tp Log",
        figure: .margin,
        probabilityOfScore: { StableMath.sigmoid($0) })
}
