extension LossDefinition {
    /// r²: the squared error, without the ½ (as the article, Keras and PyTorch).
    public static let l2 = LossDefinition(
        name: "l2", aliases: ["mse", "squared-error", "l2-distance"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        formula: "r^2, r = prediction - target (no 1/2, as the article draws it)",
        kernel: .distance({ r, _ in r * r }, { r, _ in 2 * r }, { r, _ in r.isNaN ? r : 2 }),
        properties: { _, _ in
            LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, symmetric: true)
        },
        conventions: "eval: the mean of r^2 over a sample's row (Keras mean_squared_error, PyTorch mse_loss); optax l2_loss and scikit-learn's squared_error are half of it",
        source: "keras/src/losses/losses.py mean_squared_error; LossFunctions.jl L2DistLoss")
}

extension FrameworkLoss {
    /// optax's squared_error, the whole r², under l2's alias: optax's own l2_loss is ½r².
    public static let squaredError = FrameworkLoss(own: "squared-error")
}
