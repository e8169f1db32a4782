import Platform

extension RowKernel {
    /// Keras's clipping: to [epsilon, 1 - epsilon] for cross-entropy, [epsilon, 1] for KL.
    @usableFromInline
    static func clip(_ x: Double, _ p: ParameterValues, upper: Bool) -> Double {
        guard let e = p.epsilon else { return x }
        return min(max(x, e), upper ? 1 - e : 1)
    }

    /// -Σ q_i log p_i on probabilities; with epsilon, each row is first scaled to sum 1 and clipped (Keras).
    /// Label smoothing ε smooths the target to q (1 - ε) + ε / C (Keras); losses that do not declare it read ε = 0.
    static func categoricalCrossEntropy(target: RowTargetKind) -> RowKernel {
        RowKernel(
            input: .probabilities, target: target,
            value: { row, q, p in
                let total = p.epsilon == nil ? 1 : row.reduce(0, +)
                let e = p[.labelSmoothing]
                var loss = 0.0
                for i in row.indices {
                    let w = smoothedWeight(q, i, e, row.count)
                    if w != 0 { loss -= w * log(clip(row[i] / total, p, upper: true)) }
                }
                return loss
            },
            gradient: { row, q, p, g in
                // A clipped entry is flat; the scaling by the total S adds (Σ q over unclipped entries) / S.
                let total = p.epsilon == nil ? 1 : row.reduce(0, +)
                let e = p[.labelSmoothing]
                var mass = 0.0
                for i in row.indices {
                    let w = smoothedWeight(q, i, e, row.count), x = row[i] / total
                    let free = w != 0 && clip(x, p, upper: true) == x
                    if free { mass += w }
                    g[i] = free ? -w / row[i] : 0
                }
                if p.epsilon != nil {
                    for i in row.indices { g[i] += mass / total }
                }
            },
            curvature: { row, q, p, v in
                // Along a path whose row sums to 1 the scaling is the identity: Σ q_i v_i² / p_i².
                let e = p[.labelSmoothing]
                var c = 0.0
                for i in row.indices where v[i] != 0 {
                    let w = smoothedWeight(q, i, e, row.count)
                    if w != 0, clip(row[i], p, upper: true) == row[i] { c += w * v[i] * v[i] / (row[i] * row[i]) }
                }
                return c
            })
    }

    /// Σ q_i log(q_i / p_i), with 0 log 0 = 0; with epsilon both rows are clipped to [epsilon, 1] (Keras).
    static let klDivergence = RowKernel(
        input: .probabilities, target: .distribution,
        value: { row, q, p in
            var loss = 0.0
            for i in row.indices {
                let w = clip(q.weight(i), p, upper: false)
                if w != 0 { loss += w * log(w / clip(row[i], p, upper: false)) }
            }
            return loss
        },
        gradient: { row, q, p, g in
            for i in row.indices {
                let w = clip(q.weight(i), p, upper: false)
                g[i] = w == 0 || clip(row[i], p, upper: false) != row[i] ? 0 : -w / row[i]
            }
        },
        curvature: { row, q, p, v in
            var c = 0.0
            for i in row.indices where v[i] != 0 {
                let w = clip(q.weight(i), p, upper: false)
                if w != 0, clip(row[i], p, upper: false) == row[i] { c += w * v[i] * v[i] / (row[i] * row[i]) }
            }
            return c
        })

    /// -Σ q_i log q_i: constant in the prediction.
    static let entropy = RowKernel(
        input: .probabilities, target: .distribution,
        value: { row, q, _ in
            var h = 0.0
            for i in row.indices { h -= StableMath.xlogy(q.weight(i), q.weight(i)) }
            return h
        },
        gradient: { row, _, _, g in
            for i in row.indices { g[i] = 0 }
        },
        curvature: { _, _, _, _ in 0 })
}

extension LossProperties {
    /// A cross-entropy or KL divergence on the probability row (s, (1 - s) rest): convex, with
    /// slopes unbounded at s = 0 or 1.
    static let probabilityRow = LossProperties(convex: true, strictlyConvex: true, lipschitz: nil, bounded: nil,
                                               differentiable: true, twiceDifferentiable: true)
}
