extension LossDefinition {
    /// max(0, |r| - ε): support vector regression's loss, flat inside the tube.
    public static let epsilonInsensitive = LossDefinition(
        name: "epsilon-insensitive", aliases: ["l1-epsilon-insensitive"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.width, default: 0.1, figure: [0.1, 0.5, 1], range: .nonNegative)],
        formula: "max(0, |r| - epsilon), epsilon = width",
        kernel: .distance(
            { r, p in max(0, abs(r) - p[.width]) },
            { r, p in abs(r) > p[.width] ? StableMath.sign(r) : (r.isNaN ? r : 0) },
            { r, _ in r.isNaN ? r : 0 }),
        properties: { _, _ in
            // Kinks at ±epsilon (one kink at 0 when epsilon = 0: L1).
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false, symmetric: true)
        },
        derivativeNotes: "first derivative sign(r) outside the tube and 0 on it, |r| = width included (the flat side, "
            + "as scikit-learn's dloss); second derivative 0",
        conventions: "scikit-learn's SGDRegressor epsilon_insensitive, width epsilon = 0.1 (its default; "
            + "LossFunctions.jl's epsilon has no default); the flag is --width, since --epsilon is eval's clipping",
        source: "sklearn/linear_model/_sgd_fast.pyx.tp EpsilonInsensitive; LossFunctions.jl L1EpsilonInsLoss; "
            + "Vapnik 1995",
        figure: FigureDefaults(range: [-2, 2], samples: 401))
}
