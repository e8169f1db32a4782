import Foundation

/// mlx.nn.losses (Python) in float64 on the CPU. The default reduction differs per function: 'mean' for
/// l1, mse, smooth_l1, binary_cross_entropy and gaussian_nll, 'none' for the others.
enum MLXFunctions {
    static let byLoss: [String: FrameworkFunction] = Dictionary(uniqueKeysWithValues: all.map { ($0.loss, $0) })

    static func function(_ loss: String, _ name: String, arguments: String = "inputs, targets", note: String,
                         options: Set<FrameworkOption> = [], reduction: String,
                         _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.mlx, loss, call: "mlx.nn.losses.\(name)(\(arguments))", note: note, options: options,
                          reductions: .standard(reduction), unreduced)
    }

    static let all: [FrameworkFunction] = [
        function("l1", "l1_loss", arguments: "predictions, targets", note: "mean over every element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in abs(p - y) }
        },
        function("l2", "mse_loss", arguments: "predictions, targets", note: "mean over every element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in (p - y) * (p - y) }
        },
        function("huber", "huber_loss", note: "delta = 1; reduction 'none' by default", options: [.delta], reduction: "none") { inputs, options in
            let delta = options.delta ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, p in
                let a = abs(p - y), quadratic = min(a, delta)
                return 0.5 * quadratic * quadratic + delta * (a - quadratic)
            }
        },
        function("smooth-l1", "smooth_l1_loss", arguments: "predictions, targets", note: "beta = 1; mean over every element",
                 options: [.beta], reduction: "mean") { inputs, options in
            let beta = options.beta ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, p in
                let d = abs(p - y)
                return d < beta ? 0.5 * d * d / beta : d - 0.5 * beta
            }
        },
        function("log-cosh", "log_cosh_loss", note: "logaddexp(r, -r) - log 2; reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in MLXMath.logAddExp(p - y, -(p - y)) - log(2.0) }
        },
        function("binary-cross-entropy", "binary_cross_entropy", arguments: "inputs, targets, with_logits=False",
                 note: "clamps each log at -100: at most 100 per element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in -(y * max(log(p), -100) + (1 - y) * max(log(1 - p), -100)) }
        },
        function("sigmoid-cross-entropy", "binary_cross_entropy", note: "with_logits=True is the default: logits", reduction: "mean") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in MLXMath.logAddExp(0, x) - x * y }
        },
        function("softmax-cross-entropy", "cross_entropy", arguments: "logits, targets", note: "logits; reduction 'none'; smoothing ε < 1",
                 options: [.labelSmoothing], reduction: "none") { inputs, options in
            let epsilon = try smoothing(options)
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                crossEntropy(x, epsilon: epsilon) { shifted in zip(shifted, y).reduce(0) { $0 + $1.0 * $1.1 } }
            }
        },
        function("sparse-softmax-cross-entropy", "cross_entropy", arguments: "logits, targets", note: "logits and class indices; reduction 'none'",
                 options: [.labelSmoothing], reduction: "none") { inputs, options in
            let epsilon = try smoothing(options)
            return try FrameworkKernels.sparse(inputs) { label, x in crossEntropy(x, epsilon: epsilon) { $0[label] } }
        },
        function("nll", "nll_loss", note: "inputs are log-probabilities; reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.sparse(inputs) { label, logp in -logp[logp.startIndex + label] }
        },
        function("kl-divergence", "kl_div_loss", note: "inputs AND targets in log space: Σ exp(t)·(t - x); reduction 'none'",
                 reduction: "none") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { t, x in zip(t, x).reduce(0) { $0 + MLXMath.exp($1.0) * ($1.0 - $1.1) } }
        },
        function("gaussian-nll", "gaussian_nll_loss", arguments: "inputs, targets, vars", note: "vars raised to at least 1e-6; full adds ½ log 2π",
                 options: [.full], reduction: "mean") { inputs, options in
            let constant = (options.full ?? false) ? 0.5 * log(2 * Double.pi) : 0
            return try FrameworkKernels.elementwise(inputs.target, inputs.pred, inputs.variance, name: "var") { y, x, v in
                let variance = max(v, 1e-6)
                return 0.5 * (log(variance) + (y - x) * (y - x) / variance) + constant
            }
        },
        function("hinge", "hinge_loss", note: "labels used as given (±1 expected); reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in max(1 - x * y, 0) }
        },
        function("cosine-similarity", "cosine_similarity_loss", arguments: "x1, x2", note: "+cos over axis 1 (2-D only), / max(‖a‖‖b‖, 1e-8)",
                 reduction: "none") { inputs, _ in
            guard inputs.pred.rank == 2 else { throw FrameworkError("Invalid axis 1 for array with \(inputs.pred.rank) dimensions") }
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { b, a in
                let norms = a.reduce(0) { $0 + $1 * $1 }.squareRoot() * b.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } / max(norms, 1e-8)
            }
        },
        function("margin-ranking", "margin_ranking_loss", arguments: "inputs1, inputs2, targets", note: "max(0, -y·(x1 - x2) + margin); reduction 'none'",
                 options: [.margin], reduction: "none") { inputs, options in
            let margin = options.margin ?? 0
            return try FrameworkKernels.elementwise(inputs.target, inputs.pred, inputs.input2, name: "input2") { y, x1, x2 in
                max(0, -y * (x1 - x2) + margin)
            }
        },
        function("triplet-margin", "triplet_loss", arguments: "anchors, positives, negatives",
                 note: "anchors = --target, positives = --pred, negatives = --input2; (Σ|a - p|² + 1e-6)^½; reduction 'none'",
                 options: [.margin], reduction: "none") { inputs, options in
            guard let negatives = inputs.input2 else { throw FrameworkError("this loss needs --input2 (the negatives)") }
            try FrameworkKernels.sameShape(inputs.pred, negatives, "positives and negatives")
            let distance: (ArraySlice<Double>, ArraySlice<Double>) -> Double = { a, b in
                (zip(a, b).reduce(0) { $0 + pow(abs($1.0 - $1.1), 2) } + 1e-6).squareRoot()
            }
            let positive = try FrameworkKernels.rowwise(inputs.target, inputs.pred, distance)
            let negative = try FrameworkKernels.rowwise(inputs.target, negatives, distance)
            let margin = options.margin ?? 1
            return FrameworkArray(shape: positive.shape, values: zip(positive.values, negative.values).map { max($0 - $1 + margin, 0) })
        },
    ]

    /// cross_entropy's label smoothing, refused outside [0, 1).
    static func smoothing(_ options: FrameworkOptions) throws -> Double {
        let epsilon = options.labelSmoothing ?? 0
        guard epsilon >= 0, epsilon < 1 else {
            throw FrameworkError("--label-smoothing: \(epsilon) is not allowed; Label smoothing must be in [0, 1)")
        }
        return epsilon
    }

    /// MLX's cross_entropy on one row: logits shifted by their maximum, logsumexp - score, smoothed.
    static func crossEntropy(_ x: some Collection<Double>, epsilon: Double, score: ([Double]) -> Double) -> Double {
        let high = x.max() ?? 0
        let shifted = x.map { $0 - high }
        let lse = MLXMath.logSumExp(shifted)
        guard epsilon > 0 else { return lse - score(shifted) }
        let meanLogits = shifted.reduce(0, +) / Double(shifted.count)
        return lse - (1 - epsilon) * score(shifted) + (-meanLogits * epsilon)
    }
}
