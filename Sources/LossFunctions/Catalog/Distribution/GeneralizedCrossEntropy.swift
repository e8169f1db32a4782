import Platform

extension LossDefinition {
    /// Zhang and Sabuncu's generalized cross-entropy: (1 - p_y^q)/q, the cross-entropy as q -> 0 and
    /// the mean absolute error 1 - p_y at q = 1.
    public static let generalizedCrossEntropy = LossDefinition(
        name: "generalized-cross-entropy", aliases: ["gce", "categorical-generalized-cross-entropy"], family: .distribution,
        x: "first probability s of the row (s, (1 - s) rest / sum(rest)); with class 0, s = p_y",
        parameters: [ParameterSpec(.q, default: 0.5, figure: [0.3, 0.5, 1], range: .unitOpenBelow)],
        formula: "(1 - p_k^q) / q for probabilities p and a class k",
        inputDomain: .probability, targetDomain: .classIndex,
        kernel: .row(RowKernel(
            input: .probabilities, target: .classIndex,
            value: { x, k, p in
                guard case .classIndex(let c) = k, c < x.count else { return .nan }
                return (1 - pow(x[c], p[.q])) / p[.q]
            },
            gradient: { x, k, p, g in
                for i in x.indices { g[i] = k.weight(i) == 0 ? 0 : -pow(x[i], p[.q] - 1) }
            },
            curvature: { x, k, p, v in
                guard case .classIndex(let c) = k, c < x.count, v[c] != 0, p[.q] != 1 else { return 0 }
                return (1 - p[.q]) * pow(x[c], p[.q] - 2) * v[c] * v[c]
            })),
        properties: { p, target in
            let q = p[.q]
            var lipschitz: Double? = nil
            if q == 1 {
                // 1 - p_k: slope 1 for the swept class, rest_k / sum(rest) for another.
                if case .row(.classIndex(let k)) = target, k > 0 {
                    lipschitz = k - 1 < gceRest.count ? gceRest[k - 1] / gceRest.reduce(0, +) : 0
                } else {
                    lipschitz = 1
                }
            }
            return LossProperties(convex: true, strictlyConvex: q < 1, lipschitz: lipschitz, bounded: 1 / q,
                                  differentiable: true, twiceDifferentiable: true)
        },
        conventions: "Keras CategoricalGeneralizedCrossEntropy: eval takes rows of probabilities as they are (no scaling, no clipping) and class indices",
        source: "keras/src/losses/losses.py categorical_generalized_cross_entropy; Zhang and Sabuncu 2018, eq. 6",
        figure: FigureDefaults(range: [0.01, 1], samples: 400, targets: [0], rest: gceRest, xLabel: "probability of the true class p_y"))

    /// The rest of the figure's row: one other class.
    static let gceRest = [1.0]
}
