import Foundation

/// MLX's regression, likelihood, margin and embedding losses.
enum MLXRegressionFunctions {
    typealias F = MLXFunctions

    static let all: [FrameworkFunction] = [
        F.function("l1", "l1_loss", arguments: "predictions, targets", note: "mean over every element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in abs(p - y) }
        },
        F.function("l2", "mse_loss", arguments: "predictions, targets", note: "mean over every element", reduction: "mean") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in (p - y) * (p - y) }
        },
        F.function("huber", "huber_loss", note: "delta = 1; reduction 'none' by default", options: [.delta], reduction: "none") { inputs, options in
            let delta = options.delta ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, p in
                let a = abs(p - y), quadratic = min(a, delta)
                return 0.5 * quadratic * quadratic + delta * (a - quadratic)
            }
        },
        F.function("smooth-l1", "smooth_l1_loss", arguments: "predictions, targets", note: "beta = 1; mean over every element",
                 options: [.beta], reduction: "mean") { inputs, options in
            let beta = options.beta ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, p in
                let d = abs(p - y)
                return d < beta ? 0.5 * d * d / beta : d - 0.5 * beta
            }
        },
        F.function("log-cosh", "log_cosh_loss", note: "logaddexp(r, -r) - log 2; reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in MLXMath.logAddExp(p - y, -(p - y)) - log(2.0) }
        },
        F.function("gaussian-nll", "gaussian_nll_loss", arguments: "inputs, targets, vars", note: "vars raised to at least 1e-6; full adds ½ log 2π",
                 options: [.full], reduction: "mean") { inputs, options in
            let constant = (options.full ?? false) ? 0.5 * log(2 * Double.pi) : 0
            return try FrameworkKernels.elementwise(inputs.target, inputs.pred, inputs.variance, name: "var") { y, x, v in
                let variance = max(v, 1e-6)
                return 0.5 * (log(variance) + (y - x) * (y - x) / variance) + constant
            }
        },
        F.function("hinge", "hinge_loss", note: "labels used as given (±1 expected); reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in max(1 - x * y, 0) }
        },
        F.function("cosine-similarity", "cosine_similarity_loss", arguments: "x1, x2", note: "+cos over axis 1 (2-D only), / max(‖a‖‖b‖, 1e-8)",
                 reduction: "none") { inputs, _ in
            guard inputs.pred.rank == 2 else { throw FrameworkError("Invalid axis 1 for array with \(inputs.pred.rank) dimensions") }
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { b, a in
                let norms = a.reduce(0) { $0 + $1 * $1 }.squareRoot() * b.reduce(0) { $0 + $1 * $1 }.squareRoot()
                return zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } / max(norms, 1e-8)
            }
        },
        F.function("margin-ranking", "margin_ranking_loss", arguments: "inputs1, inputs2, targets", note: "max(0, -y·(x1 - x2) + margin); reduction 'none'",
                 options: [.margin], reduction: "none") { inputs, options in
            let margin = options.margin ?? 0
            return try FrameworkKernels.elementwise(inputs.target, inputs.pred, inputs.input2, name: "input2") { y, x1, x2 in
                max(0, -y * (x1 - x2) + margin)
            }
        },
        F.function("triplet-margin", "triplet_loss", arguments: "anchors, positives, negatives",
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
}
