import Platform

/// Numerically stable building blocks: none of them calls `exp` on an unbounded input.
public enum StableMath {
    /// softplus(x) = log(1 + exp(x)), exact for |x| up to the largest double.
    @inlinable
    public static func softplus(_ x: Double) -> Double {
        max(x, 0) + log1p(exp(-abs(x)))
    }

    /// The logistic sigmoid 1 / (1 + exp(-x)), without overflow at either end.
    @inlinable
    public static func sigmoid(_ x: Double) -> Double {
        if x >= 0 {
            return 1 / (1 + exp(-x))
        }
        let e = exp(x)
        return e / (1 + e)
    }

    /// log(cosh(x)) = |x| + log1p(exp(-2|x|)) - log 2, finite for every finite x.
    @inlinable
    public static func logCosh(_ x: Double) -> Double {
        let a = abs(x)
        return a + log1p(exp(-2 * a)) - M_LN2
    }

    /// x * log(y) with the convention 0 * log(y) = 0 (scipy's xlogy).
    @inlinable
    public static func xlogy(_ x: Double, _ y: Double) -> Double {
        x == 0 && !y.isNaN ? 0 : x * log(y)
    }

    /// The sign of x, with sign(0) = 0: the subgradient chosen at a kink.
    @inlinable
    public static func sign(_ x: Double) -> Double {
        x > 0 ? 1 : (x < 0 ? -1 : (x.isNaN ? .nan : 0))
    }
}
