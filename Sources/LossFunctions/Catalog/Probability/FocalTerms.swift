import Platform

/// The focal factor (1 - p_t)^γ times a cross-entropy C, with derivatives in the swept input, for
/// focal loss over a probability and over a logit.
enum FocalTerms {
    /// The class weight α_t = α t + (1 - α)(1 - t), or 1 when α < 0 (no weighting, torchvision's -1).
    @inlinable
    static func classWeight(_ alpha: Double, _ t: Double) -> Double {
        alpha < 0 ? 1 : alpha * t + (1 - alpha) * (1 - t)
    }

    /// Keras's label smoothing of a binary target: t (1 - ε) + ε / 2.
    @inlinable
    static func smoothed(_ t: Double, _ epsilon: Double) -> Double {
        epsilon == 0 ? t : t * (1 - epsilon) + epsilon / 2
    }

    /// u^γ C and its first and second derivatives, from u = 1 - p_t with u' and u'' and from C with
    /// C' and C''. At u = 0 (a hard target met exactly, where C = 0 too) the derivatives are the
    /// limits of u^γ C with C ~ u: f' = u' C'(0) only for γ = 0, f'' = C'' (γ = 0), +inf (0 < γ < 1),
    /// 2 u'² (γ = 1), 0 (γ > 1).
    @inlinable
    static func product(gamma g: Double, u: Double, du: Double, d2u: Double, c: Double, dc: Double, d2c: Double)
        -> (value: Double, first: Double, second: Double) {
        if u == 0 {
            let second = g == 0 ? d2c : (g < 1 ? Double.infinity : (g == 1 ? 2 * du * du : 0))
            return (g == 0 ? c : 0, g == 0 ? dc : 0, second)
        }
        let ug = pow(u, g)
        guard g != 0 else { return (c, dc, d2c) }
        let ug1 = pow(u, g - 1), ug2 = pow(u, g - 2)
        let first = g * ug1 * du * c + ug * dc
        let second = g * (g - 1) * ug2 * du * du * c + g * ug1 * d2u * c + 2 * g * ug1 * du * dc + ug * d2c
        return (ug * c, first, second)
    }

    /// log(1 - p_t) = log(t σ(-z) + (1 - t) σ(z)), exact for every logit (optax's log-space form).
    @inlinable
    static func logOneMinusPt(_ z: Double, _ t: Double) -> Double {
        if t == 1 { return -StableMath.softplus(z) }
        if t == 0 { return -StableMath.softplus(-z) }
        let a = log(t) - StableMath.softplus(z), b = log1p(-t) - StableMath.softplus(-z)
        let m = max(a, b)
        return m + log1p(exp(-abs(a - b)))
    }
}
