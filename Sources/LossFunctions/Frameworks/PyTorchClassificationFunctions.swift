import Platform

/// PyTorch's cross-entropy, divergence and margin losses, and torchvision's sigmoid focal loss.
enum PyTorchClassificationFunctions {
    typealias P = PyTorchFunctions

    /// cross_entropy on class indices: w[y]·NLL plus the smoothing term Σ_c w_c·(-log p_c) of ATen's
    /// cross_entropy_loss_label_smoothing (not scaled by w[y]), over the kept targets; 'mean' divides
    /// both by the kept targets' summed weights.
    static let sparseCrossEntropy = P.function(
        .sparseSoftmaxCrossEntropy, "cross_entropy",
        note: "always logits; class indices, -100 ignored; smoothing (1 - ε)·NLL + ε/C·Σ -log p; weighted mean ÷ Σ weight[target]",
        options: [.parameter(.labelSmoothing), .classWeight, .ignoreIndex], meanOverTargetWeights: true,
        advise: P.negativeSmoothing) { inputs, options in
        let epsilon: Double = try P.labelSmoothing(options)
        let weights: [Double]? = options.classWeight
        return try P.classIndexed(inputs, options) { (label: Int, x: [Double]) -> Double in
            let logp = FrameworkMath.logSoftmax(x)
            let nll = -logp[label]
            guard epsilon > 0 else { return nll }
            var smooth = 0.0
            for c in logp.indices { smooth -= (weights?[c] ?? 1) * logp[c] }
            let targetWeight = weights?[label] ?? 1
            return (1 - epsilon) * nll + epsilon / Double(logp.count) * smooth / targetWeight
        }
    }

    /// nll_loss: -w[y]·input[y] over the kept targets; 'mean' divides by their summed weights.
    static let nll = P.function(.nll, "nll_loss", note: "input is log-probabilities; -input[target]; -100 ignored; weighted mean ÷ Σ weight[target]",
                                options: [.classWeight, .ignoreIndex], meanOverTargetWeights: true) { inputs, options in
        try P.classIndexed(inputs, options) { (label: Int, logp: [Double]) -> Double in -logp[label] }
    }

    static let all: [FrameworkFunction] = [
        P.function(.binaryCrossEntropy, "binary_cross_entropy", note: "clamps each log at -100: at most 100 per element",
                   options: [.classWeight]) { inputs, options in
            if let p = inputs.pred.values.first(where: { !($0 >= 0 && $0 <= 1) }) {
                throw FrameworkError("all elements of input should be between 0 and 1; got \(p)")
            }
            if let y = inputs.target.values.first(where: { !($0 >= 0 && $0 <= 1) }) {
                throw FrameworkError("all elements of target should be between 0 and 1; got \(y)")
            }
            return try P.columnWeighted(FrameworkKernels.elementwise(inputs) { y, p in
                (y - 1) * max(log(1 - p), P.logClamp) - y * max(log(p), P.logClamp)
            }, options, expands: true)
        },
        P.function(.sigmoidCrossEntropy, "binary_cross_entropy_with_logits", note: "logits, exact; pos_weight scales the positive term",
                   options: [.parameter(.posWeight), .classWeight]) { inputs, options in
            try FrameworkKernels.sameShape(inputs.target, inputs.pred)
            let weights = try P.posWeights(options, for: inputs.pred)
            let values = (0..<inputs.pred.count).map {
                P.logitBinaryCrossEntropy(inputs.target.values[$0], inputs.pred.values[$0], posWeight: weights[$0])
            }
            return try P.columnWeighted(FrameworkArray(shape: inputs.pred.shape, values: values), options)
        },
        // With probability targets, weight= multiplies each class's term and 'mean' still divides by
        // the number of samples (ATen's cross_entropy_loss_prob_target), unlike class indices.
        P.function(.softmaxCrossEntropy, "cross_entropy", note: "always logits; probability targets; weight= per class; mean over the samples",
                   options: [.parameter(.labelSmoothing), .classWeight], advise: P.negativeSmoothing) { inputs, options in
            let epsilon = try P.labelSmoothing(options)
            let weights = try P.classWeights(options, classes: inputs.pred.rank == 0 ? 1 : inputs.pred.lastAxis, prefix: "cross_entropy: ")
            return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                let classes = Double(y.count)
                return zip(zip(y, FrameworkMath.logSoftmax(x)), weights).reduce(0) { total, term in
                    total - term.1 * (term.0.0 * (1 - epsilon) + epsilon / classes) * term.0.1
                }
            }
        },
        sparseCrossEntropy,
        nll,
        P.function(.klDivergence, "kl_div", note: "input is log q; 'mean' divides by every element, 'batchmean' by the batch",
                   options: [.logTarget], reductions: .torchKL) { inputs, options in
            let logTarget = options.logTarget ?? false
            return try FrameworkKernels.elementwise(inputs) { t, x in
                logTarget ? exp(t) * (t - x) : FrameworkMath.xlogy(t, t) - t * x
            }
        },
        P.function(.multiclassHinge, "multi_margin_loss", note: "Σ over the other classes of max(0, margin - x_y + x_i), divided by C",
                   options: [.parameter(.margin)]) { inputs, options in
            let margin = options[.margin] ?? 1
            return try FrameworkKernels.sparse(inputs) { label, x in
                let score = x[x.startIndex + label]
                return x.indices.reduce(0) { total, i in
                    i == x.startIndex + label ? total : total + max(margin - score + x[i], 0)
                } / Double(x.count)
            }
        },
        // log1p(exp(-y·x)) as written: no softplus, so it overflows where the catalog's does not.
        P.function(.logistic, "soft_margin_loss", note: "log1p(exp(-y·x)): overflows to inf for y·x below -709") { inputs, _ in
            try FrameworkKernels.elementwise(inputs) { y, x in log1p(exp(-x * y)) }
        },
        P.function(.multilabelSoftMargin, "multilabel_soft_margin_loss", note: "sigmoid cross-entropy averaged over the classes, then the samples") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                zip(y, x).reduce(0) { total, pair in
                    total - (pair.0 * FrameworkMath.torchLogSigmoid(pair.1) + (1 - pair.0) * FrameworkMath.torchLogSigmoid(-pair.1))
                } / Double(x.count)
            }
        },
        FrameworkFunction(.pytorch, FrameworkLoss(.sigmoidFocal), call: "torchvision.ops.sigmoid_focal_loss(inputs, targets)",
                          note: "alpha = 0.25 applied by default (-1 disables it); reduction 'none'",
                          options: [.parameter(.gamma), .parameter(.alpha)], reductions: .standard("none")) { inputs, options in
            let gamma = options[.gamma] ?? 2, alpha = options[.alpha] ?? 0.25
            if !(alpha >= 0 && alpha <= 1), alpha != -1 {
                throw FrameworkError("--alpha: \(alpha) is not allowed; alpha must be in the range [0,1] or -1 for ignore")
            }
            return try FrameworkKernels.elementwise(inputs) { y, x in
                let p = FrameworkMath.sigmoid(x)
                let ce = P.logitBinaryCrossEntropy(y, x, posWeight: nil)
                let pt = p * y + (1 - p) * (1 - y)
                let loss = ce * pow(1 - pt, gamma)
                return alpha >= 0 ? (alpha * y + (1 - alpha) * (1 - y)) * loss : loss
            }
        },
    ]
}
