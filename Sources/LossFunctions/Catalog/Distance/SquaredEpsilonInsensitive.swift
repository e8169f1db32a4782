extension LossDefinition {
    /// max(0, |r| - ε)²: the epsilon-insensitive loss squared.
    public static let squaredEpsilonInsensitive = LossDefinition(
        name: "squared-epsilon-insensitive", aliases: ["l2-epsilon-insensitive"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.width, default: 0.1, figure: [0.1, 0.5, 1], range: .nonNegative)],
        formula: "max(0, |r| - epsilon)^2, epsilon = width",
        kernel: .distance(
            { r, p in
                let h = max(0, abs(r) - p[.width])
                return h * h
            },
            { r, p in abs(r) > p[.width] ? 2 * (abs(r) - p[.width]) * StableMath.sign(r) : (r.isNaN ? r : 0) },
            { r, p in r.isNaN ? r : (abs(r) > p[.width] || p[.width] == 0 ? 2 : 0) }),
        properties: { p, _ in
            // Flat on [-epsilon, epsilon], so neither strictly convex nor twice differentiable (LossFunctions.jl
            // declares it strictly and strongly convex); with epsilon = 0 it is r².
            let tube = p[.width] > 0
            return LossProperties(convex: true, strictlyConvex: !tube, lipschitz: nil, bounded: nil, differentiable: true,
                                  twiceDifferentiable: !tube, symmetric: true)
        },
        derivativeNotes: "second derivative 2 outside the tube and 0 on it, |r| = width included (the flat side)",
        conventions: "scikit-learn's SGDRegressor squared_epsilon_insensitive, width epsilon = 0.1 (its default); "
            + "the flag is --width, since --epsilon is eval's clipping",
        source: "sklearn/linear_model/_sgd_fast.pyx.tp SquaredEpsilonInsensitive; LossFunctions.jl L2EpsilonInsLoss",
        figure: FigureDefaults(range: [-2, 2], samples: 401))
}
