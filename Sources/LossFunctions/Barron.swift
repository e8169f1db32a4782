import Foundation

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
}
