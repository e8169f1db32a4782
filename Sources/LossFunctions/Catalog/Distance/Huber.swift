extension LossDefinition {
    /// r²/2 inside δ, linear outside.
    public static let huber = LossDefinition(
        name: "huber", family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.delta, default: 1, figure: [0.5, 1, 2], range: .positive)],
        formula: "r^2/2 if |r| <= delta, else delta (|r| - delta/2)",
        kernel: .distance(
            { r, p in abs(r) <= p[.delta] ? 0.5 * r * r : p[.delta] * (abs(r) - 0.5 * p[.delta]) },
            { r, p in abs(r) <= p[.delta] ? r : p[.delta] * StableMath.sign(r) },
            { r, p in r.isNaN ? r : (abs(r) <= p[.delta] ? 1 : 0) }),
        properties: { p, _ in
            LossProperties(convex: true, strictlyConvex: false, lipschitz: p[.delta], bounded: nil, differentiable: true,
                           twiceDifferentiable: false, symmetric: true)
        },
        derivativeNotes: "second derivative 1 for |r| <= delta (the quadratic side at |r| = delta), 0 outside",
        conventions: "eval: delta = 1 (Keras, PyTorch, optax, MLX); scikit-learn's SGD uses epsilon = 0.1",
        source: "keras/src/losses/losses.py huber; torch.nn.functional.huber_loss; LossFunctions.jl HuberLoss",
        figure: FigureDefaults(range: [-3, 3], samples: 601))
}
