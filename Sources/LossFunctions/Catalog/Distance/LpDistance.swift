import Platform

extension LossDefinition {
    /// |r|^p: between L1 and L2 for 1 < p < 2.
    public static let lpDistance = LossDefinition(
        name: "lp-distance", aliases: ["lp"], family: .distance,
        x: "prediction ŷ for a fixed target t (residual r = ŷ - t)",
        parameters: [ParameterSpec(.power, default: 1.5, figure: [1, 1.5, 2], range: .positive)],
        formula: "|r|^p, p = power",
        kernel: .distance(
            { r, p in pow(abs(r), p[.power]) },
            { r, p in r == 0 ? 0 : p[.power] * pow(abs(r), p[.power] - 1) * StableMath.sign(r) },
            { r, p in
                let q = p[.power]
                guard r == 0 else { return q * (q - 1) * pow(abs(r), q - 2) }
                if q == 1 || q > 2 { return 0 }
                return q == 2 ? 2 : (q > 1 ? .infinity : -.infinity)
            }),
        properties: { p, _ in
            // p < 1: concave on each side with an unbounded slope at 0; p = 1: L1; 1 < p < 2: ψ'' = p(p-1)|r|^(p-2)
            // blows up at 0, so not twice differentiable there (LossFunctions.jl says it is); p >= 2: smooth.
            let q = p[.power]
            return LossProperties(convex: q >= 1, strictlyConvex: q > 1, lipschitz: q == 1 ? 1 : nil, bounded: nil,
                                  differentiable: q > 1, twiceDifferentiable: q >= 2, symmetric: true)
        },
        derivativeNotes: "at r = 0: first derivative 0 (for p < 1 the one-sided slopes are infinite), second "
            + "derivative the limit p(p - 1)|r|^(p - 2): +inf for 1 < p < 2, 2 for p = 2, 0 for p > 2, -inf for "
            + "p < 1, and 0 for p = 1 (as L1)",
        conventions: "LossFunctions.jl's LPDistLoss, whose p has no default: p = 1.5 here, halfway between L1 and L2",
        source: "LossFunctions.jl LPDistLoss",
        figure: FigureDefaults(range: [-2, 2], samples: 401))
}
