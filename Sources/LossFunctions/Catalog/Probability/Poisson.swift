extension LossDefinition {
    /// Keras's Poisson loss on a rate.
    public static let poisson = LossDefinition(
        name: "poisson", family: .probability,
        x: "predicted rate λ for a count t",
        formula: "p - t log(p + epsilon) (Keras; p a rate)",
        inputDomain: .nonNegative, targetDomain: .nonNegative,
        kernel: .pointwise(
            value: { x, t, p in x - StableMath.xlogy(t, x + (p.epsilon ?? 0)) },
            first: { x, t, p in t == 0 ? (x.isNaN ? x : 1) : 1 - t / (x + (p.epsilon ?? 0)) },
            second: { x, t, p in
                let q = x + (p.epsilon ?? 0)
                return t == 0 ? (x.isNaN ? x : 0) : t / (q * q)
            }),
        properties: { _, target in
            let t = target.scalar
            return LossProperties(convex: true, strictlyConvex: t > 0, lipschitz: t > 0 ? nil : 1, bounded: nil,
                                  differentiable: true, twiceDifferentiable: true)
        },
        derivativeNotes: "with t = 0 the log term has weight 0 and is dropped from every derivative",
        conventions: "eval adds epsilon = 1e-7 inside the log (Keras); PyTorch's poisson_nll_loss takes a log-rate",
        source: "keras/src/losses/losses.py poisson",
        figure: FigureDefaults(range: [0.01, 4], samples: 400, targets: [1, 2]))
}
