import Platform

/// Keras's regression and margin losses.
enum KerasRegressionFunctions {
    typealias K = KerasFunctions

    static let all: [FrameworkFunction] = [
        K.function(.l1, "MeanAbsoluteError", note: "mean |y_pred - y_true| over the last axis, then over the samples", broadcasting: .keras) { inputs, _ in
            try K.perSample(.l1, inputs)
        },
        K.function(.l2, "MeanSquaredError", note: "mean (y_pred - y_true)² over the last axis, then over the samples", broadcasting: .keras) { inputs, _ in
            try K.perSample(.l2, inputs)
        },
        K.function(.huber, "Huber", note: "½r² within delta = 1, delta·|r| - ½delta² beyond", options: [.parameter(.delta)], broadcasting: .keras) { inputs, options in
            try K.perSample(.huber, inputs, ParameterValues([.delta: options[.delta] ?? 1]))
        },
        // r + softplus(-2r) rounds differently from the catalog's |r| + log1p(exp(-2|r|)) for negative r.
        K.function(.logCosh, "LogCosh", note: "r + softplus(-2r) - log 2, stable for large r", broadcasting: .keras) { inputs, _ in
            try K.perSample(inputs) { y, p in
                let x = p - y
                return x + FrameworkMath.softplus(x * -2.0) - log(2.0)
            }
        },
        // log(x + 1), not log1p, and both arrays clipped at epsilon.
        K.function(.msle, "MeanSquaredLogarithmicError", note: "both arrays clipped below at 1e-7 before log(x + 1)", broadcasting: .keras) { inputs, _ in
            try K.perSample(inputs) { y, p in
                let d = log(max(p, K.epsilon) + 1.0) - log(max(y, K.epsilon) + 1.0)
                return d * d
            }
        },
        // 100 times the mean of the fractions, not the mean of 100·fraction.
        K.function(.mape, "MeanAbsolutePercentageError", note: "100·|y - ŷ| / max(|y|, 1e-7): a percentage, zero targets divide by 1e-7", broadcasting: .keras) { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in abs((y - p) / max(abs(y), K.epsilon)) }
                .reducingLastAxis { 100.0 * FrameworkKernels.mean($0) }
        },
        // y·log(ŷ + ε), not xlogy: a zero target times log 0 is NaN.
        K.function(.poisson, "Poisson", note: "y_pred is a rate: ŷ - y·log(ŷ + 1e-7)") { inputs, _ in
            try K.perSample(inputs) { y, p in p - y * log(p + K.epsilon) }
        },
        // The hinges keep a NaN (ops.maximum), where the catalog's max(0, ·) gives 0.
        K.function(.hinge, "Hinge", note: "labels become 2y - 1 only when every label is 0 or 1") { inputs, _ in
            let labels = K.hingeLabels(inputs.target)
            return try K.perSample(FrameworkInputs(target: labels, pred: inputs.pred)) { y, p in max(1.0 - y * p, 0) }
        },
        K.function(.squaredHinge, "SquaredHinge", note: "labels become 2y - 1 only when every label is 0 or 1") { inputs, _ in
            let labels = K.hingeLabels(inputs.target)
            return try K.perSample(FrameworkInputs(target: labels, pred: inputs.pred)) { y, p in
                let h = max(1.0 - y * p, 0)
                return h * h
            }
        },
        K.function(.categoricalHinge, "CategoricalHinge", note: "one-hot y_true: max(0, max((1 - y)·ŷ) - Σ y·ŷ + 1)") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in
                let pos = zip(y, p).reduce(0) { $0 + $1.0 * $1.1 }
                let neg = zip(y, p).map { (1.0 - $0.0) * $0.1 }.max() ?? 0
                return max(neg - pos + 1.0, 0)
            }
        },
        // Vectors, where the catalog's cosine similarity reads the angle between them.
        K.function(.cosineSimilarity, "CosineSimilarity", note: "minus the cosine; each vector scaled by min(1/‖x‖, 1e7)",
                   readsCatalogInputs: false) { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in
                let ys = normalised(y), ps = normalised(p)
                return -zip(ys, ps).reduce(0) { $0 + $1.0 * $1.1 }
            }
        },
        K.function(.dice, "Dice", note: "one number over all elements: 1 - 2Σyŷ / (Σy + Σŷ + 1e-7)", poolsBatch: true) { inputs, _ in
            try FrameworkKernels.sameShape(inputs.target, inputs.pred)
            let y = inputs.target.values, p = inputs.pred.values
            let intersection = zip(y, p).reduce(0) { $0 + $1.0 * $1.1 }
            return FrameworkArray(scalar: 1 - (2.0 * intersection) / (y.reduce(0, +) + p.reduce(0, +) + K.epsilon))
        },
        // keras/src/losses/losses.py tversky: `fp = sum((1 - y_pred) * y_true)` times alpha and
        // `fn = sum(y_pred * (1 - y_true))` times beta: its alpha weighs what are the false negatives.
        K.function(.tversky, "Tversky",
                   note: "one number over all elements, alpha = beta = 0.5, + 1e-7 in the denominator; alpha weighs Σ(1 - ŷ)·y (Keras's 'fp', the false negatives), beta Σŷ·(1 - y)",
                   options: [.parameter(.alpha), .parameter(.beta)], poolsBatch: true) { inputs, options in
            try FrameworkKernels.sameShape(inputs.target, inputs.pred)
            let alpha = options[.alpha] ?? 0.5, beta = options[.beta] ?? 0.5
            let pairs = zip(inputs.target.values, inputs.pred.values)
            let intersection = pairs.reduce(0) { $0 + $1.0 * $1.1 }
            let kerasFP = pairs.reduce(0) { $0 + (1 - $1.1) * $1.0 }
            let kerasFN = pairs.reduce(0) { $0 + $1.1 * (1 - $1.0) }
            return FrameworkArray(scalar: 1 - intersection / (intersection + kerasFP * alpha + kerasFN * beta + K.epsilon))
        },
    ]

    /// keras.ops.normalize's L2 case: x·min(rsqrt(Σx²), 1/ε).
    static func normalised(_ x: ArraySlice<Double>) -> [Double] {
        let inverse = min(1 / (x.reduce(0) { $0 + $1 * $1 }).squareRoot(), 1 / K.epsilon)
        return x.map { $0 * inverse }
    }
}
