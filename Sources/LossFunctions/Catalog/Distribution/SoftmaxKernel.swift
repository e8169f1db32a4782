import Platform

extension RowKernel {
    /// Softmax cross-entropy on logits: Σ q_i (lse(z) - z_i), computed with logits shifted by their
    /// largest value throughout, so that no precision is lost at any magnitude. Label smoothing ε
    /// smooths the target to q (1 - ε) + ε / C, C the row's length (Keras, PyTorch); losses that do
    /// not declare it read ε = 0.
    static func softmaxCrossEntropy(target: RowTargetKind) -> RowKernel {
        RowKernel(
            input: .logits, target: target,
            value: { z, q, p in
                let (m, logSum) = shiftedLogSumExp(z)
                guard m.isFinite else { return .nan }
                let e = p[.labelSmoothing]
                var loss = 0.0
                for i in z.indices {
                    let w = smoothedWeight(q, i, e, z.count)
                    if w != 0 { loss += w * ((m - z[i]) + logSum) }
                }
                return loss
            },
            gradient: { z, q, p, g in
                let (m, logSum) = shiftedLogSumExp(z)
                let e = p[.labelSmoothing]
                var mass = 0.0
                for i in z.indices { mass += smoothedWeight(q, i, e, z.count) }
                for i in z.indices { g[i] = mass * exp((z[i] - m) - logSum) - smoothedWeight(q, i, e, z.count) }
            },
            curvature: { z, q, p, v in
                // mass (Σ s_i v_i² - (Σ s_i v_i)²), s = softmax(z).
                let (m, logSum) = shiftedLogSumExp(z)
                let e = p[.labelSmoothing]
                var first = 0.0, second = 0.0, mass = 0.0
                for i in z.indices { mass += smoothedWeight(q, i, e, z.count) }
                for i in z.indices where v[i] != 0 {
                    let s = exp((z[i] - m) - logSum)
                    first += s * v[i]
                    second += s * v[i] * v[i]
                }
                return mass * (second - first * first)
            })
    }

    /// The target's weight on class i after label smoothing ε over `count` classes.
    @inlinable
    static func smoothedWeight(_ q: RowTarget, _ i: Int, _ epsilon: Double, _ count: Int) -> Double {
        epsilon == 0 ? q.weight(i) : q.weight(i) * (1 - epsilon) + epsilon / Double(count)
    }

    /// The largest logit m and log Σ exp(z_i - m), the latter as log1p of the sum over the other
    /// entries, so that it keeps its relative precision when the largest logit dominates.
    @usableFromInline
    static func shiftedLogSumExp(_ z: UnsafeBufferPointer<Double>) -> (Double, Double) {
        var m = -Double.infinity, top = 0
        for (i, v) in z.enumerated() where v > m {
            m = v
            top = i
        }
        guard m.isFinite else { return (m, 0) }
        var others = 0.0
        for (i, v) in z.enumerated() where i != top { others += exp(v - m) }
        return (m, log1p(others))
    }
}

extension LossProperties {
    /// Softmax cross-entropy as its first logit moves: slope from -q0 to mass - q0, with q smoothed
    /// by ε over the distribution's length.
    static func softmaxCrossEntropy(_ target: CurveTarget, smoothing epsilon: Double = 0) -> LossProperties {
        guard case .row(let q) = target else {
            return LossProperties(convex: true, strictlyConvex: true, lipschitz: 1, bounded: nil, differentiable: true, twiceDifferentiable: true)
        }
        var q0 = q.weight(0), mass = q.mass
        if epsilon != 0, case .distribution(let d) = q {
            q0 = RowKernel.smoothedWeight(q, 0, epsilon, d.count)
            mass = mass * (1 - epsilon) + epsilon
        }
        return LossProperties(convex: true, strictlyConvex: mass > 0, lipschitz: max(q0, mass - q0), bounded: nil,
                              differentiable: true, twiceDifferentiable: true)
    }
}
