import Platform

/// optax's regression, margin and embedding losses.
enum OptaxRegressionFunctions {
    typealias F = OptaxFunctions

    static let all: [FrameworkFunction] = [
        // Half the catalog's r², exactly: halving rounds nothing.
        F.function(.l2, "l2_loss", note: "½(ŷ - y)²: half of everyone else's squared error (squared_error is the whole)", broadcasting: .optaxChecked) { inputs, _ in
            try FrameworkKernels.exact(.l2, inputs).map { 0.5 * $0 }
        },
        F.function(.squaredError, "squared_error", note: "(ŷ - y)² per element", broadcasting: .optaxChecked) { inputs, _ in
            try FrameworkKernels.exact(.l2, inputs)
        },
        F.function(.huber, "huber_loss", note: "delta = 1, per element", options: [.parameter(.delta)], broadcasting: .jax) { inputs, options in
            try FrameworkKernels.exact(.huber, inputs, ParameterValues([.delta: options[.delta] ?? 1]))
        },
        F.function(.logCosh, "log_cosh", note: "logaddexp(r, -r) - log 2, per element", broadcasting: .jax) { inputs, _ in
            try FrameworkKernels.exact(.logCosh, inputs)
        },
        F.function(.hinge, "hinge_loss", arguments: "predictor_outputs, targets", note: "labels used as given (±1 expected), per element", broadcasting: .jax) { inputs, _ in
            try FrameworkKernels.exact(.hinge, inputs)
        },
        F.function(.perceptron, "perceptron_loss", arguments: "predictor_outputs, targets", note: "max(0, -y·ŷ) per element", broadcasting: .optaxChecked) { inputs, _ in
            try FrameworkKernels.exact(.perceptron, inputs)
        },
        F.function(.cosineSimilarity, "cosine_similarity", note: "+cos (a similarity, not a loss), epsilon = 0: a zero vector gives NaN") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in F.cosine(p, y) }
        },
        F.function(.cosineDistance, "cosine_distance", note: "1 - cos, epsilon = 0") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in 1 - F.cosine(p, y) }
        },
        F.function(.tripletMargin, "triplet_margin_loss", arguments: "anchors, positives, negatives",
                 note: "anchors = --target, positives = --pred, negatives = --input2; (Σ(a - p)² + 1e-6)^½", options: [.parameter(.margin)]) { inputs, options in
            try FrameworkKernels.triplet(inputs, margin: options[.margin] ?? 1)
        },
    ]
}
