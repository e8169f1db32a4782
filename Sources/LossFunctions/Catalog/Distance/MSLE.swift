import Platform

extension LossDefinition {
    /// The squared error of log(1 + ·).
    public static let msle = LossDefinition(
        name: "msle", aliases: ["mean-squared-logarithmic-error"], family: .distance,
        x: "prediction ŷ for a fixed target t",
        formula: "(log(1 + p) - log(1 + t))^2",
        inputDomain: .aboveMinusOne, targetDomain: .aboveMinusOne,
        kernel: .pointwise(
            value: { x, t, p in
                let d = log1p(clipBelow(x, p)) - log1p(clipBelow(t, p))
                return d * d
            },
            first: { x, t, p in
                if let e = p.epsilon, x < e { return 0 }
                return 2 * (log1p(clipBelow(x, p)) - log1p(clipBelow(t, p))) / (1 + x)
            },
            second: { x, t, p in
                if let e = p.epsilon, x < e { return 0 }
                let d = log1p(clipBelow(x, p)) - log1p(clipBelow(t, p))
                return 2 * (1 - d) / ((1 + x) * (1 + x))
            }),
        properties: { _, _ in
            // Concave where log(1 + p) - log(1 + t) > 1; its slope is unbounded as p -> -1.
            LossProperties(convex: false, strictlyConvex: false, lipschitz: nil, bounded: nil, differentiable: true,
                           twiceDifferentiable: true, symmetric: false)
        },
        derivativeNotes: "eval's clipped region p < epsilon has derivatives 0",
        conventions: "eval clips p and t below at epsilon = 1e-7 (Keras); figures draw the exact function, NaN at p <= -1",
        source: "keras/src/losses/losses.py mean_squared_logarithmic_error",
        figure: FigureDefaults(range: [0, 4], samples: 200, targets: [1]))

    /// Keras clips MSLE's inputs below at epsilon; without epsilon the exact function is used.
    @usableFromInline
    static func clipBelow(_ x: Double, _ p: ParameterValues) -> Double {
        guard let e = p.epsilon else { return x }
        return max(x, e)
    }
}
