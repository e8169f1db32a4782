extension LossDefinition {
    /// max(0, -m): the hinge with its corner moved to 0.
    public static let perceptron = LossDefinition(
        name: "perceptron", family: .margin,
        x: "score f for a label y (margin m = y f)",
        formula: "max(0, -m), m = y f",
        targetDomain: .label,
        kernel: .margin({ m, _ in max(0, -m) }, { m, _ in m <= 0 ? -1 : (m.isNaN ? m : 0) }, { m, _ in m.isNaN ? m : 0 }),
        properties: { _, _ in
            // Not calibrated: the score 0 costs nothing whatever the class probabilities are.
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false, classificationCalibrated: false)
        },
        derivativeNotes: "derivative -y where m <= 0 (scikit-learn's Hinge(0).dloss: the perceptron updates on a score "
            + "of 0), 0 where m > 0; second derivative 0",
        conventions: "scikit-learn's SGD perceptron loss (Hinge with threshold 0); a label 0 is read as -1, and eval "
            + "reads labels that are all 0 or 1 as -1 and 1",
        source: "sklearn/linear_model/_sgd_fast.pyx.tp Hinge(0.0); LossFunctions.jl PerceptronLoss; "
            + "optax perceptron_loss",
        figure: .margin)
}
