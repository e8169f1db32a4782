import Platform

/// MLX's CPU elementary functions: its `exp` computes in float32 (a Cephes polynomial, also for float64
/// arrays), so every MLX loss built on exp, logaddexp or logsumexp carries float32 rounding.
enum MLXMath {
    /// mlx/backend/cpu/simd/math.h `exp`: 2^round(x·log2 e) times a degree-6 polynomial, in float32.
    static func exp(_ value: Double) -> Double {
        let start = Float(value)
        if start.isNaN { return value }
        if start > 88 { return .infinity }
        if start < -88 { return 0 }
        var x = start * Float(1.442695)
        let integerPart = (x + 0.5).rounded(.down)
        let fraction = x - integerPart
        x = 1.535336188319500e-4
        for coefficient: Float in [1.339887440266574e-3, 9.618437357674640e-3, 5.550332471162809e-2, 2.402264791363012e-1,
                                   6.931472028550421e-1, 1.000000000000000] {
            x = coefficient.addingProduct(x, fraction)
        }
        let power = Float(bitPattern: UInt32(bitPattern: (Int32(integerPart) + 127) << 23))
        return Double(power * x)
    }

    /// mx.logaddexp: max + log1p(exp(min - max)), with MLX's exp.
    static func logAddExp(_ a: Double, _ b: Double) -> Double {
        let high = max(a, b), low = min(a, b)
        if low == -.infinity || high == .infinity { return high }
        return high + log1p(exp(low - high))
    }

    /// mx.logsumexp over a slice: max + log(Σ exp(x - max)), with MLX's exp.
    static func logSumExp(_ x: some Collection<Double>) -> Double {
        guard let high = x.max(), high.isFinite else { return x.max() ?? -.infinity }
        return high + log(x.reduce(0) { $0 + exp($1 - high) })
    }
}
