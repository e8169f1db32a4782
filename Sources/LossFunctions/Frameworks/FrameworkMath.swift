import Platform

/// The elementary functions as the frameworks write them, so that the last bits match theirs.
enum FrameworkMath {
    /// jax.numpy.logaddexp and mx.logaddexp: max + log1p(exp(-|a - b|)).
    static func logAddExp(_ a: Double, _ b: Double) -> Double {
        let high = max(a, b)
        if high == -.infinity { return -.infinity }
        return high + log1p(exp(-abs(a - b)))
    }

    /// jax.nn.softplus: logaddexp(x, 0).
    static func softplus(_ x: Double) -> Double {
        logAddExp(x, 0)
    }

    /// jax.nn.log_sigmoid: -softplus(-x).
    static func logSigmoid(_ x: Double) -> Double {
        -softplus(-x)
    }

    /// Sigmoid cross-entropy on a logit as JAX computes it, for Keras's from_logits=True and optax alike:
    /// -y log_sigmoid(x) - (1 - y) log_sigmoid(-x), which rounds differently from the catalog's
    /// max(x, 0) - x·y + softplus(-|x|).
    static func jaxSigmoidCrossEntropy(_ y: Double, _ x: Double) -> Double {
        -y * logSigmoid(x) - (1 - y) * logSigmoid(-x)
    }

    /// torch.sigmoid and keras.ops.sigmoid: 1 / (1 + exp(-x)).
    static func sigmoid(_ x: Double) -> Double {
        1 / (1 + exp(-x))
    }

    /// torch's log_sigmoid: min(x, 0) - log1p(exp(-|x|)).
    static func torchLogSigmoid(_ x: Double) -> Double {
        min(x, 0) - log1p(exp(-abs(x)))
    }

    /// logsumexp over a slice, shifted by its maximum (jax, mlx and torch alike).
    static func logSumExp(_ x: some Collection<Double>) -> Double {
        guard let high = x.max(), high.isFinite else { return x.max() ?? -.infinity }
        return high + log(x.reduce(0) { $0 + exp($1 - high) })
    }

    /// log_softmax over a slice: x - max - log(sum(exp(x - max))).
    static func logSoftmax(_ x: some Collection<Double>) -> [Double] {
        let high = x.max() ?? 0
        let shifted = x.map { $0 - high }
        let normalizer = log(shifted.reduce(0) { $0 + exp($1) })
        return shifted.map { $0 - normalizer }
    }

    /// scipy's and torch's xlogy: 0 where x = 0 (unless y is NaN), else x log y.
    static func xlogy(_ x: Double, _ y: Double) -> Double {
        x == 0 && !y.isNaN ? 0 : x * log(y)
    }

    /// numpy's clip: min(max(x, low), high).
    static func clip(_ x: Double, _ low: Double, _ high: Double) -> Double {
        min(max(x, low), high)
    }
}
