extension RowKernel {
    /// A segmentation overlap loss 1 - (a·x)/(b·x + c), where a, b and c come from the target y:
    /// Dice (a = 2y, b = 1, c = Σy + ε) and Tversky (a = y, b = (1 - β) y + α (1 - y), c = β Σy + ε),
    /// ε being eval's epsilon (0 in figures). Defined, as Keras computes it, for any predictions >= 0
    /// (eval still asks for probabilities); NaN if one is negative.
    static func overlap(_ weights: @escaping @Sendable (Double, ParameterValues) -> (a: Double, b: Double, c: Double)) -> RowKernel {
        @Sendable func sums(_ x: Row, _ y: RowTarget, _ p: ParameterValues, _ v: Row? = nil) -> (n: Double, d: Double, av: Double, bv: Double) {
            var n = 0.0, d = p.epsilon ?? 0, av = 0.0, bv = 0.0
            for i in x.indices {
                guard x[i] >= 0 else { return (.nan, .nan, .nan, .nan) }
                let w = weights(y.weight(i), p)
                n += w.a * x[i]
                d += w.b * x[i] + w.c
                if let v {
                    av += w.a * v[i]
                    bv += w.b * v[i]
                }
            }
            return (n, d, av, bv)
        }
        return RowKernel(
            input: .logits, target: .distribution,
            value: { x, y, p in
                let s = sums(x, y, p)
                return 1 - s.n / s.d
            },
            gradient: { x, y, p, g in
                let s = sums(x, y, p)
                for i in x.indices {
                    let w = weights(y.weight(i), p)
                    g[i] = -(w.a * s.d - s.n * w.b) / (s.d * s.d)
                }
            },
            curvature: { x, y, p, v in
                // 1 - N/D with N and D linear: vᵀHv = 2 (D a·v - N b·v)(b·v) / D³.
                let s = sums(x, y, p, v)
                return 2 * (s.d * s.av - s.n * s.bv) * s.bv / (s.d * s.d * s.d)
            })
    }
}

extension LossProperties {
    /// An overlap loss as the first prediction x >= 0 moves with the rest fixed:
    /// f = 1 - (a0 x + N)/(b0 x + C) has f' = -K/(b0 x + C)², K = a0 C - b0 N, and
    /// f'' = 2 b0 K/(b0 x + C)³, so its sign, steepest slope (at x = 0) and supremum (f(0) or the
    /// limit 1 - a0/b0) follow from K. Declared at the figure's rest, which the properties cannot see.
    static func overlap(_ target: CurveTarget, _ p: ParameterValues, figureRest: [Double],
                        weights: (Double, ParameterValues) -> (a: Double, b: Double, c: Double)) -> LossProperties {
        guard case .row(let y) = target, case .distribution(let q) = y else { return .zero }
        let rest = figureRest.count == q.count - 1 ? figureRest : Array(repeating: 0, count: q.count - 1)
        let first = weights(y.weight(0), p)
        var n = 0.0, c = first.c + (p.epsilon ?? 0)
        for i in 1..<q.count {
            let w = weights(y.weight(i), p)
            n += w.a * rest[i - 1]
            c += w.b * rest[i - 1] + w.c
        }
        let k = first.a * c - first.b * n
        let atZero = 1 - n / c, limit = first.b > 0 ? 1 - first.a / first.b : atZero
        return LossProperties(convex: first.b * k >= 0, strictlyConvex: first.b * k > 0,
                              lipschitz: c > 0 ? abs(k) / (c * c) : nil, bounded: max(atZero, limit),
                              differentiable: true, twiceDifferentiable: true)
    }
}
