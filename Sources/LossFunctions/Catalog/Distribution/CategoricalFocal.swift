import Platform

extension LossDefinition {
    /// Keras's categorical focal loss: Σ_c α (1 - p_c)^γ (-y_c log p_c).
    public static let categoricalFocal = LossDefinition(
        name: "categorical-focal", aliases: ["categorical-focal-crossentropy", "categorical-focal-cross-entropy"],
        family: .distribution,
        x: "first probability s of the row (s, (1 - s) rest / sum(rest))",
        parameters: [
            ParameterSpec(.gamma, default: 2, figure: [0, 0.5, 1, 2, 5], range: .nonNegative),
            ParameterSpec(.alpha, default: 0.25, range: .nonNegative),
            ParameterSpec(.labelSmoothing, default: 0, range: .unitOpenAbove),
        ],
        formula: "sum_c α (1 - p_c)^γ (-y'_c log p_c), y' = y (1 - ε) + ε / C",
        inputDomain: .probability, targetDomain: .distribution,
        kernel: .row(RowKernel(
            input: .probabilities, target: .distribution,
            value: { row, q, p in
                let total = p.epsilon == nil ? 1 : row.reduce(0, +)
                var loss = 0.0
                for i in row.indices {
                    let w = RowKernel.smoothedWeight(q, i, p[.labelSmoothing], row.count)
                    if w != 0 { loss += w * categoricalFocalTerm(RowKernel.clip(row[i] / total, p, upper: true), p[.gamma]).value }
                }
                return p[.alpha] * loss
            },
            gradient: { row, q, p, g in
                // A clipped entry is flat; scaling by the total S gives g_j = h'_j / S - Σ_i h'_i x_i / S².
                let total = p.epsilon == nil ? 1 : row.reduce(0, +)
                var pulled = 0.0
                for i in row.indices {
                    let w = RowKernel.smoothedWeight(q, i, p[.labelSmoothing], row.count), x = row[i] / total
                    let free = w != 0 && RowKernel.clip(x, p, upper: true) == x
                    g[i] = free ? p[.alpha] * w * categoricalFocalTerm(x, p[.gamma]).first : 0
                    pulled += g[i] * x
                }
                if p.epsilon != nil {
                    for i in row.indices { g[i] = g[i] / total - pulled / total }
                }
            },
            curvature: { row, q, p, v in
                // Along a path whose row sums to 1 the scaling is the identity: Σ α y_i h''(p_i) v_i².
                var c = 0.0
                for i in row.indices where v[i] != 0 {
                    let w = RowKernel.smoothedWeight(q, i, p[.labelSmoothing], row.count)
                    if w != 0, RowKernel.clip(row[i], p, upper: true) == row[i] {
                        c += p[.alpha] * w * categoricalFocalTerm(row[i], p[.gamma]).second * v[i] * v[i]
                    }
                }
                return c
            })),
        properties: { p, target in
            guard case .row(let y) = target, p[.alpha] > 0, y.mass > 0 || p[.labelSmoothing] > 0 else { return .zero }
            // A positive sum of (1 - p)^γ (-log p), convex in p, over entries affine in s.
            return LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil, differentiable: true,
                                  twiceDifferentiable: true)
        },
        derivativeNotes: "at p_c = 1 the derivatives of (1 - p)^γ (-log p) are their limits (the second is +inf for 0 < γ < 1)",
        conventions: "Keras CategoricalFocalCrossentropy: α always applied (default 0.25); label smoothing first; eval scales each row to sum 1 and clips to [epsilon, 1 - epsilon], in the focal factor too",
        source: "keras/src/losses/losses.py categorical_focal_crossentropy; Lin et al. 2017",
        figure: FigureDefaults(range: [0.01, 1], samples: 400, distribution: [1, 0, 0], rest: [1, 1],
                               xLabel: "probability of the true class p_y"))

    /// (1 - p)^γ (-log p) and its derivatives in p.
    @usableFromInline
    static func categoricalFocalTerm(_ x: Double, _ gamma: Double) -> (value: Double, first: Double, second: Double) {
        FocalTerms.product(gamma: gamma, u: 1 - x, du: -1, d2u: 0, c: -log(x), dc: -1 / x, d2c: 1 / (x * x))
    }
}
