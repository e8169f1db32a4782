import Platform

/// optax's cross-entropy, focal, divergence and multiclass losses.
enum OptaxClassificationFunctions {
    typealias F = OptaxFunctions

    /// softmax_cross_entropy_with_integer_labels: a negative label counts from the end, one at or above C
    /// gives NaN (JAX's take_along_axis), both without an error: reproduced, with a warning.
    static let sparseSoftmaxCrossEntropy = FrameworkFunction(
        .optax, FrameworkLoss(.sparseSoftmaxCrossEntropy), call: "optax.losses.softmax_cross_entropy_with_integer_labels(logits, labels)",
        note: "logits and class indices, per example", options: [], reductions: F.reductions,
        advise: { inputs, _ in
            guard let first = FrameworkKernels.outOfRangeClasses(inputs).first else { return [] }
            let count = Double(inputs.pred.lastAxis)
            let reading = first < 0 && first >= -count ? "as class \(ShortNumber.format(count + first)) (it counts negative indices from the end)" : "as NaN"
            return ["optax.losses.softmax_cross_entropy_with_integer_labels reads class \(ShortNumber.format(first)) (outside 0 to \(Int(count) - 1)) \(reading), without an error"]
        }) { inputs, _ in
        try FrameworkKernels.sparse(inputs, outOfRange: .wrapNegativeNaNAbove) { (label: Int, x: [Double]) -> Double in
            FrameworkMath.logSumExp(x) - x[x.startIndex + label]
        }
    }

    static let all: [FrameworkFunction] = [
        // An out-of-range label is a one-hot row of zeros (jax.nn.one_hot): the true score counts as 0.
        F.function(.multiclassHinge, "multiclass_hinge_loss", arguments: "scores, labels", note: "Crammer-Singer: max_j(s_j + 1[j ≠ y]) - s_y",
                   advise: { inputs, _ in F.zeroOneHotWarning(inputs, "multiclass_hinge_loss") }) { inputs, _ in
            try FrameworkKernels.sparse(inputs, outOfRange: .zeroOneHot) { label, s in
                let highest = s.indices.map { s[$0] + 1.0 - ($0 == s.startIndex + label ? 1 : 0) }.max() ?? 0
                return highest - (label >= 0 ? s[s.startIndex + label] : 0)
            }
        },
        F.function(.multiclassPerceptron, "multiclass_perceptron_loss", arguments: "scores, labels", note: "max_j s_j - s_y",
                   advise: { inputs, _ in F.zeroOneHotWarning(inputs, "multiclass_perceptron_loss") }) { inputs, _ in
            try FrameworkKernels.sparse(inputs, outOfRange: .zeroOneHot) { label, s in (s.max() ?? 0) - (label >= 0 ? s[s.startIndex + label] : 0) }
        },
        F.function(.sigmoidCrossEntropy, "sigmoid_binary_cross_entropy", arguments: "logits, labels", note: "logits, exact, per element", broadcasting: .jax) { inputs, _ in
            try FrameworkKernels.elementwise(inputs, FrameworkMath.jaxSigmoidCrossEntropy)
        },
        F.function(.softmaxCrossEntropy, "softmax_cross_entropy", arguments: "logits, labels", note: "logits, per example") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                -zip(y, FrameworkMath.logSoftmax(x)).reduce(0) { $0 + $1.0 * $1.1 }
            }
        },
        sparseSoftmaxCrossEntropy,
        F.function(.klDivergence, "kl_divergence", arguments: "log_predictions, targets",
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
        F.function(.sigmoidFocal, "sigmoid_focal_loss", arguments: "logits, labels", note: "gamma = 2, no alpha unless given; per element",
                 options: [.parameter(.gamma), .parameter(.alpha)], broadcasting: .jax) { inputs, options in
            let gamma = options[.gamma] ?? 2
            return try FrameworkKernels.elementwise(inputs) { y, x in
                let ce = FrameworkMath.jaxSigmoidCrossEntropy(y, x)
                let logOneMinusPt = F.weightedLogSumExp(FrameworkMath.logSigmoid(x), 1 - y, FrameworkMath.logSigmoid(-x), y)
                let loss = ce * exp(gamma * logOneMinusPt)
                guard let alpha = options[.alpha] else { return loss }
                return (alpha * y + (1.0 - alpha) * (1.0 - y)) * loss
            }
        },
    ]
}
