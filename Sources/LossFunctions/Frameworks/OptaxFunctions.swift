import Foundation

/// optax.losses in float64 (jax_enable_x64): nothing is reduced; each function returns one value per
/// element, or per example for losses over a class axis.
enum OptaxFunctions {
    static let byLoss: [String: FrameworkFunction] = Dictionary(uniqueKeysWithValues: all.map { ($0.loss, $0) })

    static func function(_ loss: String, _ name: String, arguments: String = "predictions, targets", note: String,
                         options: Set<FrameworkOption> = [], renamed: (@Sendable (FrameworkOptions) -> String?)? = nil,
                         _ values: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.optax, loss, call: "optax.losses.\(name)(\(arguments))", note: note, options: options, reductions: nil,
                          renamed: renamed, values)
    }

    static let all: [FrameworkFunction] = [
        function("l2", "l2_loss", note: "½(ŷ - y)²: half of everyone else's squared error (squared_error is the whole)") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in 0.5 * (p - y) * (p - y) }
        },
        function("squared-error", "squared_error", note: "(ŷ - y)² per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in (p - y) * (p - y) }
        },
        function("huber", "huber_loss", note: "delta = 1, per element", options: [.delta]) { inputs, options in
            let delta = options.delta ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, p in
                let a = abs(p - y), quadratic = min(a, delta)
                return 0.5 * quadratic * quadratic + delta * (a - quadratic)
            }
        },
        function("log-cosh", "log_cosh", note: "logaddexp(r, -r) - log 2, per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in FrameworkMath.logAddExp(p - y, -(p - y)) - log(2.0) }
        },
        function("hinge", "hinge_loss", arguments: "predictor_outputs, targets", note: "labels used as given (±1 expected), per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in max(0, 1 - p * y) }
        },
        function("perceptron", "perceptron_loss", arguments: "predictor_outputs, targets", note: "max(0, -y·ŷ) per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in max(0, -p * y) }
        },
        function("multiclass-hinge", "multiclass_hinge_loss", arguments: "scores, labels", note: "Crammer-Singer: max_j(s_j + 1[j ≠ y]) - s_y") { inputs, _ in
            try FrameworkKernels.sparse(inputs) { label, s in
                let highest = s.indices.map { s[$0] + 1.0 - ($0 == s.startIndex + label ? 1 : 0) }.max() ?? 0
                return highest - s[s.startIndex + label]
            }
        },
        function("multiclass-perceptron", "multiclass_perceptron_loss", arguments: "scores, labels", note: "max_j s_j - s_y") { inputs, _ in
            try FrameworkKernels.sparse(inputs) { label, s in (s.max() ?? 0) - s[s.startIndex + label] }
        },
        function("sigmoid-cross-entropy", "sigmoid_binary_cross_entropy", arguments: "logits, labels", note: "logits, exact, per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in -y * FrameworkMath.logSigmoid(x) - (1.0 - y) * FrameworkMath.logSigmoid(-x) }
        },
        function("softmax-cross-entropy", "softmax_cross_entropy", arguments: "logits, labels", note: "logits, per example") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                -zip(y, FrameworkMath.logSoftmax(x)).reduce(0) { $0 + $1.0 * $1.1 }
            }
        },
        function("sparse-softmax-cross-entropy", "softmax_cross_entropy_with_integer_labels", arguments: "logits, labels",
                 note: "logits and class indices, per example") { inputs, _ in
            try FrameworkKernels.sparse(inputs) { label, x in FrameworkMath.logSumExp(x) - x[x.startIndex + label] }
        },
        function("kl-divergence", "kl_divergence", arguments: "log_predictions, targets",
                 note: "log q against probabilities p (0·log 0 = 0), per example; log-target calls kl_divergence_with_log_targets",
                 options: [.logTarget], renamed: { $0.logTarget == true ? "optax.losses.kl_divergence_with_log_targets" : nil }) { inputs, options in
            let logTarget = options.logTarget ?? false
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { t, logq in
                zip(t, logq).reduce(0) { total, pair in
                    let (t, x) = pair
                    return total + (logTarget ? exp(t) * (t - x) : t * ((t == 0 ? 0 : log(t)) - x))
                }
            }
        },
        function("sigmoid-focal", "sigmoid_focal_loss", arguments: "logits, labels", note: "gamma = 2, no alpha unless given; per element",
                 options: [.gamma, .alpha]) { inputs, options in
            let gamma = options.gamma ?? 2
            return try FrameworkKernels.elementwise(inputs) { y, x in
                let ce = -y * FrameworkMath.logSigmoid(x) - (1.0 - y) * FrameworkMath.logSigmoid(-x)
                let logOneMinusPt = weightedLogSumExp(FrameworkMath.logSigmoid(x), 1 - y, FrameworkMath.logSigmoid(-x), y)
                let loss = ce * exp(gamma * logOneMinusPt)
                guard let alpha = options.alpha else { return loss }
                return (alpha * y + (1.0 - alpha) * (1.0 - y)) * loss
            }
        },
        function("cosine-similarity", "cosine_similarity", note: "+cos (a similarity, not a loss), epsilon = 0: a zero vector gives NaN") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in cosine(p, y) }
        },
        function("cosine-distance", "cosine_distance", note: "1 - cos, epsilon = 0") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in 1 - cosine(p, y) }
        },
        function("triplet-margin", "triplet_margin_loss", arguments: "anchors, positives, negatives",
                 note: "anchors = --target, positives = --pred, negatives = --input2; (Σ(a - p)² + 1e-6)^½", options: [.margin]) { inputs, options in
            guard let negatives = inputs.input2 else { throw FrameworkError("this loss needs --input2 (the negatives)") }
            try FrameworkKernels.sameShape(inputs.pred, negatives, "positives and negatives")
            let distance: (ArraySlice<Double>, ArraySlice<Double>) -> Double = { a, b in
                (zip(a, b).reduce(0) { $0 + pow($1.0 - $1.1, 2) } + 1e-6).squareRoot()
            }
            let positive = try FrameworkKernels.rowwise(inputs.target, inputs.pred, distance)
            let negative = try FrameworkKernels.rowwise(inputs.target, negatives, distance)
            let margin = options.margin ?? 1
            return FrameworkArray(shape: positive.shape, values: zip(positive.values, negative.values).map { max($0 - $1 + margin, 0) })
        },
    ]

    /// jax.scipy.special.logsumexp of two terms with weights: log(wa·e^a + wb·e^b).
    static func weightedLogSumExp(_ a: Double, _ wa: Double, _ b: Double, _ wb: Double) -> Double {
        // Terms of weight zero are masked to -inf first, as jax does, so they add nothing.
        let a = wa != 0 ? a : -.infinity, b = wb != 0 ? b : -.infinity
        let high = max(a, b)
        guard high.isFinite else { return high == -.infinity ? -.infinity : high }
        return high + log((wa != 0 ? wa * exp(a - high) : 0) + (wb != 0 ? wb * exp(b - high) : 0))
    }

    /// optax's cosine: a/‖a‖ · b/‖b‖ with the squared norms clipped at epsilon = 0.
    static func cosine(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
        let aNorm = max(a.reduce(0) { $0 + $1 * $1 }, 0).squareRoot(), bNorm = max(b.reduce(0) { $0 + $1 * $1 }, 0).squareRoot()
        return zip(a, b).reduce(0) { $0 + ($1.0 / aNorm) * ($1.1 / bNorm) }
    }
}
