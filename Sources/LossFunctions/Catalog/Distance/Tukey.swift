extension LossDefinition {
    /// Tukey's biweight: a redescending M-estimator loss, flat beyond c.
    public static let tukey = LossDefinition(
        name: "tukey", aliases: ["biweight"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.delta, default: 4.685, figure: [1, 2, 4.685], range: .positive, symbol: "c")],
        formula: "c^2/6 (1 - (1 - (r/c)^2)^3) if |r| <= c, else c^2/6 (biweight; c = delta)",
        kernel: .distance(
            { r, p in
                let c = p[.delta]
                guard abs(r) <= c else { return r.isNaN ? r : c * c / 6 }
                let u = 1 - (r / c) * (r / c)
                return c * c / 6 * (1 - u * u * u)
            },
            { r, p in
                guard abs(r) <= p[.delta] else { return r.isNaN ? r : 0 }
                let u = 1 - (r / p[.delta]) * (r / p[.delta])
                return r * u * u
            },
            { r, p in
                guard abs(r) <= p[.delta] else { return r.isNaN ? r : 0 }
                let z = (r / p[.delta]) * (r / p[.delta])
                return (1 - z) * (1 - 5 * z)
            }),
        properties: { p, _ in
            // sup |ψ'| = c (1/√5)(4/5)² at |r| = c/√5.
            LossProperties(convex: false, strictlyConvex: false, lipschitz: p[.delta] * 16 / (25 * 5.0.squareRoot()),
                           bounded: p[.delta] * p[.delta] / 6, differentiable: true, twiceDifferentiable: true, symmetric: true)
        },
        conventions: "c = 4.685 gives 95% efficiency under Gaussian noise (none of the six libraries has it)",
        source: "Beaton and Tukey 1974; Hampel et al., Robust Statistics (1986)",
        // Out to beyond 4.685, where the biweight flattens at c²/6.
        figure: FigureDefaults(range: [-8, 8], samples: 1601))
}
