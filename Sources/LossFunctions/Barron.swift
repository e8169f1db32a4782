import Platform

/// Barron's general and adaptive robust loss (CVPR 2019), with its limits taken exactly
/// as his reference code does.
public enum Barron {
    /// f(x, alpha, c) = |alpha-2|/alpha * (((x/c)^2/|alpha-2| + 1)^(alpha/2) - 1).
    @inlinable
    public static func value(_ x: Double, alpha: Double, scale c: Double) -> Double {
        let z = (x / c) * (x / c)
        if alpha == 2 {
            return 0.5 * z
        } else if alpha == 0 {
            return log1p(0.5 * z)
        } else if alpha == -.infinity {
            return -expm1(-0.5 * z)
        } else if alpha == .infinity {
            return expm1(0.5 * z)
        }
        let b = abs(alpha - 2)
        // (1 + z/b)^(a/2) - 1 = expm1(a/2 * log1p(z/b)): exact for small z.
        return b / alpha * expm1(0.5 * alpha * log1p(z / b))
    }

    /// df/dx = x/c^2 * ((x/c)^2/|alpha-2| + 1)^(alpha/2 - 1).
    @inlinable
    public static func derivative(_ x: Double, alpha: Double, scale c: Double) -> Double {
        let z = (x / c) * (x / c)
        let g = x / (c * c)
        if alpha == 2 {
            return g
        } else if alpha == 0 {
            return g / (0.5 * z + 1)
        } else if alpha == -.infinity {
            return g * exp(-0.5 * z)
        } else if alpha == .infinity {
            return g * exp(0.5 * z)
        }
        let b = abs(alpha - 2)
        return g * exp((0.5 * alpha - 1) * log1p(z / b))
    }

    /// d²f/dx² = (1/c²) w^(alpha/2 - 2) (w + (alpha - 2) z/|alpha - 2|), w = z/|alpha - 2| + 1, z = (x/c)².
    @inlinable
    public static func secondDerivative(_ x: Double, alpha: Double, scale c: Double) -> Double {
        let z = (x / c) * (x / c)
        let k = 1 / (c * c)
        if alpha == 2 {
            return x.isNaN ? x : k
        } else if alpha == 0 {
            return k * (1 - 0.5 * z) / ((1 + 0.5 * z) * (1 + 0.5 * z))
        } else if alpha == -.infinity {
            return k * exp(-0.5 * z) * (1 - z)
        } else if alpha == .infinity {
            return k * exp(0.5 * z) * (1 + z)
        }
        let b = abs(alpha - 2)
        let w = z / b + 1
        return k * exp((0.5 * alpha - 2) * log1p(z / b)) * (w + (alpha - 2) / b * z)
    }

    /// The properties of the loss at a shape alpha and scale c: convex for alpha >= 1, bounded for
    /// alpha < 0 (by (alpha - 2)/alpha), Lipschitz for alpha <= 1 (sup |f'| at x² = c² |alpha-2|/(1-alpha)).
    public static func properties(alpha: Double, scale c: Double) -> LossProperties {
        let lipschitz: Double?
        if alpha > 1 {
            lipschitz = nil
        } else if alpha == 1 {
            lipschitz = 1 / c
        } else if alpha == -.infinity {
            lipschitz = exp(-0.5) / c
        } else {
            lipschitz = pow((2 - alpha) / (1 - alpha), (alpha - 1) / 2) / c
        }
        let bounded: Double? = alpha == -.infinity ? 1 : (alpha < 0 ? (alpha - 2) / alpha : nil)
        return LossProperties(convex: alpha >= 1, strictlyConvex: alpha >= 1, lipschitz: lipschitz, bounded: bounded,
                              differentiable: true, twiceDifferentiable: true, symmetric: true)
    }
}
