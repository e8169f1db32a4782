import Platform

/// MLX's cross-entropy and divergence losses.
enum MLXClassificationFunctions {
    typealias F = MLXFunctions

    static let all: [FrameworkFunction] = [
        F.function(.binaryCrossEntropy, "binary_cross_entropy", arguments: "inputs, targets, with_logits=False",
                 note: "clamps each log at -100: at most 100 per element", reduction: "mean", weighting: .mlx) { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, p in -(y * max(log(p), F.logClamp) + (1 - y) * max(log(1 - p), F.logClamp)) }
        },
        F.function(.sigmoidCrossEntropy, "binary_cross_entropy", note: "with_logits=True is the default: logits", reduction: "mean", weighting: .mlx) { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in MLXMath.logAddExp(0, x) - x * y }
        },
        F.function(.softmaxCrossEntropy, "cross_entropy", arguments: "logits, targets", note: "logits; reduction 'none'; smoothing ε < 1",
                 options: [.parameter(.labelSmoothing)], reduction: "none", weighting: .mlx) { inputs, options in
            let epsilon = try F.smoothing(options)
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                F.crossEntropy(x, epsilon: epsilon) { shifted in zip(shifted, y).reduce(0) { $0 + $1.0 * $1.1 } }
            }
        },
        F.function(.sparseSoftmaxCrossEntropy, "cross_entropy", arguments: "logits, targets", note: "logits and class indices; reduction 'none'",
                 options: [.parameter(.labelSmoothing)], reduction: "none", weighting: .mlx) { inputs, options in
            let epsilon = try F.smoothing(options)
            return try FrameworkKernels.sparse(inputs) { label, x in F.crossEntropy(x, epsilon: epsilon) { $0[label] } }
        },
        F.function(.nll, "nll_loss", note: "inputs are log-probabilities; reduction 'none'", reduction: "none") { inputs, _ in
            try FrameworkKernels.sparse(inputs) { label, logp in -logp[logp.startIndex + label] }
        },
        F.function(.klDivergence, "kl_div_loss", note: "inputs AND targets in log space: Σ exp(t)·(t - x); reduction 'none'",
                 reduction: "none") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { t, x in zip(t, x).reduce(0) { $0 + MLXMath.exp($1.0) * ($1.0 - $1.1) } }
        },
    ]
}
