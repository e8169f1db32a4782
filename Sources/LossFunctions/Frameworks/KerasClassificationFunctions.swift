import Platform

/// Keras's cross-entropy, focal and divergence losses.
enum KerasClassificationFunctions {
    typealias K = KerasFunctions

    /// CategoricalFocalCrossentropy: Σ α (1 - p)^γ · (-y log p) over a row of renormalised, clipped
    /// probabilities, the target smoothed first to y(1 - ε) + ε/C (keras/src/losses/losses.py).
    static let categoricalFocal = K.function(
        .categoricalFocal, "CategoricalFocalCrossentropy", note: "alpha = 0.25 always multiplies; renormalised, clipped probabilities",
        options: [.parameter(.gamma), .parameter(.alpha), .parameter(.labelSmoothing), .classWeight]) { inputs, options in
        let gamma: Double = options[.gamma] ?? 2
        let epsilon: Double = options[.labelSmoothing] ?? 0
        // alpha: one number, or one per class (--class-weight, Keras's alpha as a list).
        let columns = inputs.pred.lastAxis
        let alphas: [Double] = options.classWeight ?? Array(repeating: options[.alpha] ?? 0.25, count: columns)
        guard alphas.count == columns else {
            throw FrameworkError("--class-weight: \(alphas.count) values of alpha for \(columns) classes; give one per class")
        }
        if options.classWeight != nil, options[.alpha] != nil {
            throw FrameworkError("--alpha: CategoricalFocalCrossentropy has one alpha, a number or a list per class; give --alpha or --class-weight")
        }
        return try FrameworkKernels.rowwise(inputs.target, inputs.pred) { (y: ArraySlice<Double>, p: ArraySlice<Double>) -> Double in
            let classes = Double(y.count)
            var total = 0.0
            for (c, (target, probability)) in zip(y, K.normalisedClipped(p)).enumerated() {
                let smoothed = epsilon == 0 ? target : target * (1 - epsilon) + epsilon / classes
                total += pow(1.0 - probability, gamma) * alphas[c] * (-smoothed * log(probability))
            }
            return total
        }
    }

    static let all: [FrameworkFunction] = [
        K.function(.binaryCrossEntropy, "BinaryCrossentropy", note: "clips p to [1e-7, 1 - 1e-7]: at most 16.118 per element",
                   options: [.parameter(.labelSmoothing)]) { inputs, options in
            try K.perSample(inputs) { y, p in K.clippedBinaryCrossEntropy(K.smoothBinary(y, options), p) }
        },
        K.function(.sigmoidCrossEntropy, "BinaryCrossentropy", arguments: "from_logits=True", note: "logits, exact (log_sigmoid)",
                   options: [.parameter(.labelSmoothing)]) { inputs, options in
            try K.perSample(inputs) { y, x in FrameworkMath.jaxSigmoidCrossEntropy(K.smoothBinary(y, options), x) }
        },
        K.function(.focal, "BinaryFocalCrossentropy", note: "gamma = 2; alpha only with apply_class_balancing=True; p clipped to 1e-7",
                   options: [.parameter(.gamma), .parameter(.alpha), .parameter(.labelSmoothing)]) { inputs, options in
            try K.perSample(inputs) { y, p in focal(K.smoothBinary(y, options), p, options) }
        },
        K.function(.sigmoidFocal, "BinaryFocalCrossentropy", arguments: "from_logits=True",
                   note: "sigmoid, then the clipped probability form: saturates at 16.118 per element; alpha off by default",
                   options: [.parameter(.gamma), .parameter(.alpha), .parameter(.labelSmoothing)]) { inputs, options in
            try K.perSample(inputs) { y, x in focal(K.smoothBinary(y, options), FrameworkMath.sigmoid(x), options) }
        },
        K.function(.categoricalCrossEntropy, "CategoricalCrossentropy", note: "renormalises y_pred to sum 1, clips to [1e-7, 1 - 1e-7]",
                   options: [.parameter(.labelSmoothing)]) { inputs, options in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in
                zip(smoothCategorical(y, options), K.normalisedClipped(p)).reduce(0) { $0 - $1.0 * log($1.1) }
            }
        },
        K.function(.softmaxCrossEntropy, "CategoricalCrossentropy", arguments: "from_logits=True", note: "logits; label smoothing y(1 - ε) + ε/C",
                   options: [.parameter(.labelSmoothing)]) { inputs, options in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, x in
                zip(smoothCategorical(y, options), FrameworkMath.logSoftmax(x)).reduce(0) { $0 - $1.0 * $1.1 }
            }
        },
        K.function(.sparseCategoricalCrossEntropy, "SparseCategoricalCrossentropy", note: "class indices; renormalised, clipped probabilities",
                   options: [.ignoreIndex], advise: K.zeroRows) { inputs, options in
            try FrameworkKernels.sparse(inputs, ignoring: options.ignoreIndex, outOfRange: .zeroLoss) { label, p in -log(K.normalisedClipped(p)[label]) }
        },
        K.function(.sparseSoftmaxCrossEntropy, "SparseCategoricalCrossentropy", arguments: "from_logits=True", note: "class indices and logits",
                   options: [.ignoreIndex], advise: K.zeroRows) { inputs, options in
            try FrameworkKernels.sparse(inputs, ignoring: options.ignoreIndex, outOfRange: .zeroLoss) { label, x in -FrameworkMath.logSoftmax(x)[label] }
        },
        categoricalFocal,
        K.function(.klDivergence, "KLDivergence", note: "probabilities, both clipped to [1e-7, 1]: a zero in y_true counts as 1e-7") { inputs, _ in
            try FrameworkKernels.rowwise(inputs.target, inputs.pred) { y, p in
                zip(y, p).reduce(0) { total, pair in
                    let t = FrameworkMath.clip(pair.0, K.epsilon, 1), q = FrameworkMath.clip(pair.1, K.epsilon, 1)
                    return total + t * log(t / q)
                }
            }
        },
    ]

    /// binary_focal_crossentropy on one element of probabilities.
    static func focal(_ y: Double, _ p: Double, _ options: FrameworkOptions) -> Double {
        let bce = K.clippedBinaryCrossEntropy(y, p)
        let pt = y * p + (1 - y) * (1 - p)
        var loss = pow(1.0 - pt, options[.gamma] ?? 2) * bce
        if let alpha = options[.alpha] {
            loss *= y * alpha + (1 - y) * (1 - alpha)
        }
        return loss
    }

    /// Keras's categorical label smoothing: y(1 - ε) + ε/C.
    static func smoothCategorical(_ y: ArraySlice<Double>, _ options: FrameworkOptions) -> [Double] {
        guard let epsilon = options[.labelSmoothing], epsilon != 0 else { return Array(y) }
        return y.map { $0 * (1.0 - epsilon) + epsilon / Double(y.count) }
    }
}
