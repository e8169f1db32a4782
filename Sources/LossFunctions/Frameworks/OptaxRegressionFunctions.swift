import Foundation

/// optax's regression, margin and embedding losses.
enum OptaxRegressionFunctions {
    typealias F = OptaxFunctions

    static let all: [FrameworkFunction] = [
        F.function("l2", "l2_loss", note: "½(ŷ - y)²: half of everyone else's squared error (squared_error is the whole)") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in 0.5 * (p - y) * (p - y) }
        },
        F.function("squared-error", "squared_error", note: "(ŷ - y)² per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in (p - y) * (p - y) }
        },
        F.function("huber", "huber_loss", note: "delta = 1, per element", options: [.delta]) { inputs, options in
            let delta = options.delta ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, p in
                let a = abs(p - y), quadratic = min(a, delta)
                return 0.5 * quadratic * quadratic + delta * (a - quadratic)
            }
        },
        F.function("log-cosh", "log_cosh", note: "logaddexp(r, -r) - log 2, per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in FrameworkMath.logAddExp(p - y, -(p - y)) - log(2.0) }
        },
        F.function("hinge", "hinge_loss", arguments: "predictor_outputs, targets", note: "labels used as given (±1 expected), per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in max(0, 1 - p * y) }
        },
        F.function("perceptron", "perceptron_loss", arguments: "predictor_outputs, targets", note: "max(0, -y·ŷ) per element") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in max(0, -p * y) }
        },
        F.function("cosine-similarity", "cosine_similarity", note: "+cos (a similarity, not a loss), epsilon = 0: a zero vector gives NaN") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in F.cosine(p, y) }
        },
        F.function("cosine-distance", "cosine_distance", note: "1 - cos, epsilon = 0") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in 1 - F.cosine(p, y) }
        },
        F.function("triplet-margin", "triplet_margin_loss", arguments: "anchors, positives, negatives",
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
}
