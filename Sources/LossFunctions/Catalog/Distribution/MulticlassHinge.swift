extension LossDefinition {
    /// Crammer and Singer's multiclass hinge loss: the largest score plus a margin of 1 over every
    /// wrong class, less the true class's score.
    public static let multiclassHinge = LossDefinition(
        name: "multiclass-hinge", aliases: ["crammer-singer", "multiclass-hinge-loss"], family: .distribution,
        x: "score s_0 of the first class, the other scores fixed (--rest); with class 0, the true class's score",
        formula: "max_j (s_j + [j != k]) - s_k for scores s and a class k",
        targetDomain: .classIndex,
        kernel: .row(RowKernel(
            input: .logits, target: .classIndex,
            value: { s, k, _ in
                guard case .classIndex(let c) = k, c < s.count else { return .nan }
                return s[crammerSingerTop(s, c)] + (crammerSingerTop(s, c) == c ? 0 : 1) - s[c]
            },
            gradient: { s, k, _, g in
                for i in s.indices { g[i] = 0 }
                guard case .classIndex(let c) = k, c < s.count else { return }
                let top = crammerSingerTop(s, c)
                g[top] += 1
                g[c] -= 1
            },
            curvature: { _, _, _, _ in 0 })),
        properties: { _, _ in
            // As s_0 moves with the others fixed, a hinge with slope -1 (true class 0) or +1 (another).
            LossProperties(convex: true, strictlyConvex: false, lipschitz: 1, bounded: nil, differentiable: false,
                           twiceDifferentiable: false)
        },
        derivativeNotes: "the gradient e_j - e_k of the first j reaching the maximum (a subgradient at ties); second derivative 0",
        conventions: "optax multiclass_hinge_loss (Crammer-Singer): eval takes rows of scores and class indices; Keras categorical_hinge and PyTorch MultiMarginLoss differ",
        source: "optax/losses/_classification.py multiclass_hinge_loss; Crammer and Singer 2001",
        figure: FigureDefaults(range: [-2, 4], samples: 601, targets: [0], rest: [0, -1], xLabel: "score of the true class s_y"))

    /// The first index j reaching max_j (s_j + [j != k]).
    @inlinable
    static func crammerSingerTop(_ s: UnsafeBufferPointer<Double>, _ k: Int) -> Int {
        var top = 0, best = -Double.infinity
        for j in s.indices {
            let v = s[j] + (j == k ? 0 : 1)
            if v > best || v.isNaN {
                best = v
                top = j
                if v.isNaN { break }
            }
        }
        return top
    }
}
