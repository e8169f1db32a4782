extension LossDefinition {
    /// Keras's categorical hinge: one plus the largest score weighted by 1 - y, less the target-weighted
    /// score, clipped at 0. On a one-hot row, max(0, 1 + max_{j ≠ k} s_j - s_k) when some other score
    /// is positive; Keras's max runs over (1 - y)·s, so the true class's 0 enters it too.
    public static let categoricalHinge = LossDefinition(
        name: "categorical-hinge", aliases: ["categorical-hinge-loss"], family: .distribution,
        x: "score s_0 of the first class, the other scores fixed (--rest), against a one-hot target row y",
        formula: "max(0, 1 + max_j (1 - y_j) s_j - sum_j y_j s_j) (neg = max((1 - y)·s), pos = sum y·s)",
        targetDomain: .distribution,
        kernel: .row(RowKernel(
            input: .logits, target: .distribution,
            value: { s, y, _ in
                let (negative, positive, _) = categoricalHingeParts(s, y)
                guard !(negative.isNaN || positive.isNaN) else { return .nan }
                return max(negative - positive + 1, 0)
            },
            gradient: { s, y, _, g in
                for i in s.indices { g[i] = 0 }
                let (negative, positive, top) = categoricalHingeParts(s, y)
                guard negative - positive + 1 > 0 else { return }
                // d/ds of max_j (1 - y_j) s_j at its first maximiser, less y.
                if let top { g[top] += 1 - y.weight(top) }
                for i in s.indices { g[i] -= y.weight(i) }
            },
            curvature: { _, _, _, _ in 0 })),
        properties: { _, _ in
            // As s_0 moves with the others fixed: a hinge of slope -1 (class 0 true) or +1 (another), then flat.
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false)
        },
        derivativeNotes: "the gradient e_j (1 - y_j) - y of the first j reaching max_j (1 - y_j) s_j where the hinge is active, 0 beyond it (a subgradient at the kinks); second derivative 0",
        conventions: "Keras categorical_hinge on one-hot (or soft) target rows; not optax's Crammer-Singer multiclass_hinge_loss, whose max adds the margin inside: the two differ when every other score is negative",
        source: "keras/src/losses/losses.py categorical_hinge",
        figure: FigureDefaults(range: [-2, 4], samples: 601, distribution: [1, 0, 0], rest: [0.5, -1],
                               xLabel: "score of the true class s_0"))

    /// max_j (1 - y_j) s_j with its first maximiser, and Σ y_j s_j.
    @inlinable
    static func categoricalHingeParts(_ s: UnsafeBufferPointer<Double>, _ y: RowTarget) -> (negative: Double, positive: Double, top: Int?) {
        var negative = -Double.infinity, positive = 0.0, top: Int?
        for j in s.indices {
            let v = (1 - y.weight(j)) * s[j]
            if v > negative || v.isNaN {
                negative = v
                top = j
                if v.isNaN { break }
            }
            positive += y.weight(j) * s[j]
        }
        return (negative, positive, top)
    }
}
