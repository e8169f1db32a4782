import Platform

/// MLX's regression, likelihood, margin and embedding losses.
enum MLXRegressionFunctions {
    typealias F = MLXFunctions

    static let all: [FrameworkFunction] = [
        F.function(.l1, "l1_loss", arguments: "predictions, targets", note: "mean over every element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.exact(.l1, inputs)
        },
        F.function(.l2, "mse_loss", arguments: "predictions, targets", note: "mean over every element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.exact(.l2, inputs)
        },
        F.function(.huber, "huber_loss", note: "delta = 1; reduction 'none' by default", options: [.parameter(.delta)], reduction: "none") { inputs, options in
            try FrameworkKernels.exact(.huber, inputs, ParameterValues([.delta: options[.delta] ?? 1]))
        },
        F.function(.smoothL1, "smooth_l1_loss", arguments: "predictions, targets", note: "beta = 1; mean over every element",
                 options: [.parameter(.beta)], reduction: "mean") { inputs, options in
            try FrameworkKernels.exact(.smoothL1, inputs, ParameterValues([.beta: options[.beta] ?? 1]))
        },
        // MLX's float32 exp inside logaddexp: not the catalog's float64 log-cosh.
        F.function(.logCosh, "log_cosh_loss", note: "logaddexp(r, -r) - log 2; reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in MLXMath.logAddExp(p - y, -(p - y)) - log(2.0) }
        },
        F.function(.gaussianNLL, "gaussian_nll_loss", arguments: "inputs, targets, vars", note: "vars raised to at least 1e-6; full adds ½ log 2π",
                 options: [.full], reduction: "mean") { inputs, options in
            try FrameworkKernels.gaussianNLL(inputs, full: options.full ?? false)
        },
        // mx.maximum keeps a NaN, where the catalog's max(0, ·) gives 0.
        F.function(.hinge, "hinge_loss", note: "labels used as given (±1 expected); reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in max(1 - x * y, 0) }
        },
        F.function(.cosineSimilarity, "cosine_similarity_loss", arguments: "x1, x2", note: "+cos over axis 1 (2-D only), / max(‖a‖‖b‖, 1e-8)",
                 reduction: "none") { inputs, _ in
            guard inputs.pred.rank == 2 else { throw FrameworkError("Invalid axis 1 for array with \(inputs.pred.rank) dimensions") }
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { b, a in
                let norms = a.reduce(0) { $0 + $1 * $1 }.squareRoot() * b.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } / max(norms, 1e-8)
            }
        },
        // The catalog's margin ranking of the score difference x1 - x2.
        F.function(.marginRanking, "margin_ranking_loss", arguments: "inputs1, inputs2, targets", note: "max(0, -y·(x1 - x2) + margin); reduction 'none'",
                 options: [.parameter(.margin)], reduction: "none") { inputs, options in
            let value = FrameworkKernels.exact(.marginRanking), parameters = ParameterValues([.margin: options[.margin] ?? 0])
            return try FrameworkKernels.elementwise(inputs.target, inputs.pred, inputs.input2, name: "input2") { y, x1, x2 in
                value(x1 - x2, y, parameters)
            }
        },
        // |a - p|² is (a - p)²: the same function as optax's.
        F.function(.tripletMargin, "triplet_loss", arguments: "anchors, positives, negatives",
                 note: "anchors = --target, positives = --pred, negatives = --input2; (Σ|a - p|² + 1e-6)^½; reduction 'none'",
                 options: [.parameter(.margin)], reduction: "none") { inputs, options in
            try FrameworkKernels.triplet(inputs, margin: options[.margin] ?? 1)
        },
    ]
}
