extension LossDefinition {
    /// 100 |t - ŷ| / |t|: the error as a percentage of the target.
    public static let mape = LossDefinition(
        name: "mape", aliases: ["mean-absolute-percentage-error"], family: .distance,
        x: "prediction ŷ for a fixed target t",
        formula: "100 |t - p| / |t|; eval: 100 |t - p| / max(|t|, epsilon)",
        kernel: .pointwise(
            value: { x, t, p in 100 * abs(t - x) / percentBase(t, p) },
            first: { x, t, p in 100 * StableMath.sign(x - t) / percentBase(t, p) },
            second: { x, t, _ in (x - t).isNaN ? x - t : 0 }),
        properties: { p, target in
            // |ŷ - t| scaled by 100/|t|: straight on each side of t, and the same on both sides of it.
            let base = percentBase(target.scalar, p)
            return LossProperties(convex: true, strictlyConvex: false, lipschitz: base > 0 ? 100 / base : nil,
                                  bounded: nil, differentiable: false, twiceDifferentiable: false, symmetric: true)
        },
        derivativeNotes: "first derivative 100 sign(p - t)/|t|, the subgradient 0 at p = t; second derivative 0",
        conventions: "Keras mean_absolute_percentage_error: eval takes max(|t|, epsilon) with epsilon = 1e-7; figures "
            + "draw the exact function (infinite for a target of 0)",
        source: "keras/src/losses/losses.py mean_absolute_percentage_error",
        figure: FigureDefaults(range: [-1, 3], samples: 401, targets: [1]))

    /// Keras divides by max(|t|, epsilon); without epsilon the exact |t| is used.
    @usableFromInline
    static func percentBase(_ t: Double, _ p: ParameterValues) -> Double {
        guard let e = p.epsilon else { return abs(t) }
        return max(abs(t), e)
    }
}
