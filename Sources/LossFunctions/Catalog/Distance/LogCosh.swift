import Platform

extension LossDefinition {
    /// log cosh r.
    public static let logCosh = LossDefinition(
        name: "log-cosh", aliases: ["logcosh"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        formula: "log(cosh(r)), computed as |r| + softplus(-2|r|) - log 2",
        kernel: .distance(
            { r, _ in StableMath.logCosh(r) },
            { r, _ in tanh(r) },
            { r, _ in
                let c = cosh(r)
                return 1 / (c * c)
            }),
        properties: { _, _ in
            // Strictly but not strongly convex: the second derivative sech² r tends to 0.
            LossProperties(convex: true, strictlyConvex: true, lipschitz: 1, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, symmetric: true)
        },
        conventions: "eval: the mean over a sample's row (Keras log_cosh)",
        source: "keras/src/losses/losses.py log_cosh; optax log_cosh; LossFunctions.jl LogCoshLoss",
        figure: FigureDefaults(range: [-3, 3], samples: 601))
}
