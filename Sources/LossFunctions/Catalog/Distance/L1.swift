extension LossDefinition {
    /// |r|: the absolute error.
    public static let l1 = LossDefinition(
        name: "l1", aliases: ["mae", "l1-distance"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        formula: "|r|, r = prediction - target",
        kernel: .distance({ r, _ in abs(r) }, { r, _ in StableMath.sign(r) }, { r, _ in r.isNaN ? r : 0 }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false, symmetric: true)
        },
        derivativeNotes: "first derivative sign(r), the subgradient 0 at r = 0; second derivative 0 (0 taken at r = 0 too)",
        conventions: "eval: the mean of |r| over a sample's row (Keras mean_absolute_error, PyTorch l1_loss)",
        source: "keras/src/losses/losses.py mean_absolute_error; LossFunctions.jl L1DistLoss")
}
