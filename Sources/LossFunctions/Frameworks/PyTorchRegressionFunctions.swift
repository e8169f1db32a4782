import Platform

/// PyTorch's regression, likelihood and embedding losses.
enum PyTorchRegressionFunctions {
    typealias P = PyTorchFunctions

    static let all: [FrameworkFunction] = [
        P.function(.l1, "l1_loss", note: "mean over every element; with weight= Σ w·l / Σ w",
                   weighting: .torchElements(dividesBySumOfWeights: true), broadcasting: .torch) { inputs, _ in
            try FrameworkKernels.exact(.l1, inputs)
        },
        P.function(.l2, "mse_loss", note: "mean over every element; with weight= Σ w·l / Σ w",
                   weighting: .torchElements(dividesBySumOfWeights: true), broadcasting: .torch) { inputs, _ in
            try FrameworkKernels.exact(.l2, inputs)
        },
        P.function(.huber, "huber_loss", note: "delta = 1; mean over every element, with weight= too (Σ w·l / n)", options: [.parameter(.delta)],
                   weighting: .torchElements(dividesBySumOfWeights: false), broadcasting: .torch) { inputs, options in
            let delta = options[.delta] ?? 1
            guard delta > 0 else { throw P.refuse("--delta", delta, "huber_loss", "huber_loss does not support non-positive values for delta.") }
            return try FrameworkKernels.exact(.huber, inputs, ParameterValues([.delta: delta]))
        },
        P.function(.smoothL1, "smooth_l1_loss", note: "Huber divided by beta = 1; beta = 0 is L1", options: [.parameter(.beta)],
                   broadcasting: .torch) { inputs, options in
            let beta = options[.beta] ?? 1
            guard beta >= 0 else { throw P.refuse("--beta", beta, "smooth_l1_loss", "smooth_l1_loss does not support negative values for beta.") }
            return try FrameworkKernels.exact(.smoothL1, inputs, ParameterValues([.beta: beta]))
        },
        P.function(.poissonNLL, "poisson_nll_loss", note: "input is a log-rate by default: exp(x) - y·x",
                   options: [.logInput, .full]) { inputs, options in
            let logInput = options.logInput ?? true, full = options.full ?? false
            let logRate = FrameworkKernels.exact(.poissonNLL)
            // A rate instead of a log-rate takes its log after adding 1e-8.
            return try FrameworkKernels.elementwise(inputs) { y, x in
                let loss = logInput ? logRate(x, y, ParameterValues()) : x - y * log(x + 1e-8)
                return full ? loss + P.stirling(y) : loss
            }
        },
        P.function(.gaussianNLL, "gaussian_nll_loss", arguments: "input, target, var",
                   note: "½(log var + r²/var), var clamped at 1e-6; full adds ½ log 2π", options: [.full]) { inputs, options in
            if let v = inputs.variance?.values.first(where: { $0 < 0 }) {
                throw P.refuse("--var", v, "gaussian_nll_loss", "var has negative entry/entries")
            }
            return try FrameworkKernels.gaussianNLL(P.gaussianVariance(inputs), full: options.full ?? false)
        },
        // Labels other than 1 and -1 add both terms, where the catalog's loss is undefined.
        P.function(.hingeEmbedding, "hinge_embedding_loss", note: "x where y = 1, max(0, margin - x) where y = -1 (a distance, not a margin)",
                   options: [.parameter(.margin)]) { inputs, options in
            let margin = options[.margin] ?? 1
            return try FrameworkKernels.elementwise(inputs) { y, x in
                (y != 1 ? max(margin - x, 0) : 0) + (y != -1 ? x : 0)
            }
        },
        // clamp_min keeps a NaN, where the catalog's max(0, ·) gives 0.
        P.function(.marginRanking, "margin_ranking_loss", arguments: "input1, input2, target", note: "max(0, -y·(x1 - x2) + margin), margin = 0",
                   options: [.parameter(.margin)]) { inputs, options in
            let margin = options[.margin] ?? 0
            return try FrameworkKernels.elementwise(inputs.target, inputs.pred, inputs.input2, name: "input2") { y, x1, x2 in
                max(-y * (x1 - x2) + margin, 0)
            }
        },
        P.function(.tripletMargin, "triplet_margin_loss", arguments: "anchor, positive, negative",
                   note: "anchor = --target, positive = --pred, negative = --input2; ‖a - p + 1e-6‖₂", options: [.parameter(.margin)]) { inputs, options in
            guard let negative = inputs.input2 else { throw FrameworkError("this loss needs --input2 (the negative)") }
            let margin = options[.margin] ?? 1
            guard margin > 0 else { throw P.refuse("--margin", margin, "triplet_margin_loss", "margin must be greater than 0, got \(margin)") }
            try FrameworkKernels.sameShape(inputs.pred, negative, "positive and negative")
            let positive = try FrameworkKernels.rowwise(inputs.target, inputs.pred, distance)
            let negatives = try FrameworkKernels.rowwise(inputs.target, negative, distance)
            return FrameworkArray(shape: positive.shape, values: zip(positive.values, negatives.values).map { max(margin + $0 - $1, 0) })
        },
        P.function(.cosineEmbedding, "cosine_embedding_loss", arguments: "input1, input2, target",
                   note: "1 - cos where y = 1, max(0, cos - margin) where y = -1; 1e-12 added to squared norms", options: [.parameter(.margin)]) { inputs, options in
            guard let input2 = inputs.input2 else { throw FrameworkError("this loss needs --input2") }
            let cosines = try FrameworkKernels.rowwise(inputs.pred, input2) { a, b in
                let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
                let aa = a.reduce(0) { $0 + $1 * $1 } + 1e-12, bb = b.reduce(0) { $0 + $1 * $1 } + 1e-12
                return dot / (aa * bb).squareRoot()
            }
            guard inputs.target.shape == cosines.shape else {
                throw FrameworkError("the target has shape \(inputs.target.shape); one label per pair needs \(cosines.shape)")
            }
            let margin = options[.margin] ?? 0
            return FrameworkArray(shape: cosines.shape, values: zip(inputs.target.values, cosines.values).map { y, c in
                (y == 1 ? 1 - c : 0) + (y == -1 ? max(c - margin, 0) : 0)
            })
        },
    ]

    /// torch.pairwise_distance with p = 2 and eps = 1e-6: ‖a - b + eps‖₂.
    static func distance(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
        zip(a, b).reduce(0) { total, pair in
            let d = pair.0 - pair.1 + P.pairwiseEpsilon
            return total + d * d
        }.squareRoot()
    }
}
