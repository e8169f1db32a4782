import Platform

/// scikit-learn's metrics (one number for the whole set) and, where sklearn.metrics has no such loss,
/// the SGD estimators' loss objects applied per sample with SGDClassifier's and SGDRegressor's defaults.
///
/// Its conventions: a metric averages over every element and takes no reduction (`reductions` is nil);
/// probabilities are clipped to [`machineEpsilon`, 1 - `machineEpsilon`]; the SGD losses take one
/// prediction and one label at a time, with SGDRegressor's epsilon `sgdEpsilon`.
enum SklearnFunctions {
    static let byLoss = Framework.table(all)

    /// float64's machine epsilon, which log_loss and mean_absolute_percentage_error use.
    static let machineEpsilon = Double.ulpOfOne

    /// SGDRegressor's default epsilon, the half-width of its epsilon-insensitive losses.
    static let sgdEpsilon = 0.1

    /// None: a metric returns one number.
    static let reductions: FrameworkReductions? = nil

    /// A metric: the mean of its per-sample (or per-element) losses, or with `sample_weight` their
    /// average weighted by sample, as `np.average(..., weights=sample_weight, axis=0)` computes it.
    static func metric(_ loss: LossDefinition, _ name: String, arguments: String = "y_true, y_pred", note: String,
                       options: Set<FrameworkOption> = [],
                       _ losses: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.sklearn, FrameworkLoss(loss), call: "sklearn.metrics.\(name)(\(arguments))", note: note, options: options,
                          reductions: reductions, weighting: .sklearn) { inputs, options in
            // check_array's refusal of an empty batch, before any metric computes.
            if inputs.pred.count == 0 || inputs.target.count == 0 {
                let empty = inputs.pred.count == 0 ? inputs.pred : inputs.target
                throw FrameworkError("Found array with 0 sample(s) (shape=\(FrameworkArray.pythonShape(empty.shape))) while a minimum of 1 is required.")
            }
            let values = try losses(inputs, options)
            guard let weights = options.sampleWeight else { return FrameworkArray(scalar: values.mean) }
            return FrameworkArray(scalar: try SampleWeighting.sklearnAverage(values, by: weights))
        }
    }

    /// A metric that takes no options.
    static func metric(_ loss: LossDefinition, _ name: String, arguments: String = "y_true, y_pred", note: String,
                       _ losses: @escaping @Sendable (FrameworkInputs) throws -> FrameworkArray) -> FrameworkFunction {
        metric(loss, name, arguments: arguments, note: note) { inputs, _ in try losses(inputs) }
    }

    /// mean_pinball_loss: alpha·(y - ŷ) where y ≥ ŷ, (alpha - 1)·(y - ŷ) below, alpha = --tau (default 0.5).
    static let pinball = metric(.quantile, "mean_pinball_loss", note: "alpha = --tau (default 0.5); the mean over every element",
                                options: [.parameter(.tau)]) { inputs, options in
        let alpha = options[.tau] ?? 0.5
        return try FrameworkKernels.elementwise(inputs) { (y: Double, p: Double) -> Double in
            let diff = y - p
            return diff >= 0 ? alpha * diff : (alpha - 1) * diff
        }
    }

    /// An SGD loss object: the catalog's loss of (p, y) at the given parameter values, one sample at a time.
    static func sgd(_ loss: LossDefinition, _ object: String, note: String, _ parameters: ParameterValues = ParameterValues()) -> FrameworkFunction {
        FrameworkFunction(.sklearn, FrameworkLoss(loss), call: "sklearn.linear_model._sgd_fast.\(object).py_loss(p, y) per sample", note: note,
                          reductions: reductions) { inputs, _ in
            guard inputs.pred.rank == 1 else { throw FrameworkError("\(object).py_loss takes one prediction and one label at a time: give one row") }
            return try FrameworkKernels.exact(loss, inputs, parameters)
        }
    }

    static let all: [FrameworkFunction] = [
        pinball,
        metric(.l1, "mean_absolute_error", note: "mean over every element") { inputs in try FrameworkKernels.exact(.l1, inputs) },
        metric(.l2, "mean_squared_error", note: "mean over every element (the SGD SquaredLoss is ½r²)") { inputs in
            try FrameworkKernels.exact(.l2, inputs)
        },
        // |y - ŷ| / max(|y|, eps), a fraction: not Keras's percentage, nor the catalog's epsilon.
        metric(.mape, "mean_absolute_percentage_error", note: "a fraction, not a percentage: |y - ŷ| / max(|y|, 2.2e-16)") { inputs in
            try FrameworkKernels.elementwise(inputs) { y, p in abs(p - y) / max(abs(y), machineEpsilon) }
        },
        // pow(log1p(y) - log1p(ŷ), 2) as written.
        metric(.msle, "mean_squared_log_error", note: "no clipping: refuses values at or below -1") { inputs in
            if (inputs.target.values + inputs.pred.values).contains(where: { $0 <= -1 }) {
                throw FrameworkError("Mean Squared Logarithmic Error cannot be used when targets contain values less than or equal to -1.")
            }
            return try FrameworkKernels.elementwise(inputs) { y, p in pow(log1p(y) - log1p(p), 2) }
        },
        metric(.binaryCrossEntropy, "log_loss", arguments: "y_true, y_proba, labels=[0, 1]",
               note: "clips p to [2.2e-16, 1 - 2.2e-16]: at most 36.04 per sample; labels must be 0 or 1", binaryLogLoss),
        metric(.sparseCategoricalCrossEntropy, "log_loss", arguments: "y_true, y_proba, labels=range(C)",
               note: "class labels and probability rows, clipped to [2.2e-16, 1 - 2.2e-16], not renormalised", categoricalLogLoss),
        metric(.hinge, "hinge_loss", arguments: "y_true, pred_decision", note: "two labels become -1 and +1 (the larger is +1), whatever they are", hinge),
        sgd(.squaredHinge, "SquaredHinge(1.0)", note: "per sample, threshold 1"),
        sgd(.perceptron, "Hinge(0.0)", note: "max(0, -y·p) per sample"),
        sgd(.modifiedHuber, "ModifiedHuber()", note: "(1 - m)² for m ≥ -1, -4m below; per sample"),
        sgd(.epsilonInsensitive, "EpsilonInsensitive(0.1)", note: "max(0, |y - p| - 0.1) per sample (SGDRegressor's epsilon)",
            ParameterValues([.width: sgdEpsilon])),
        sgd(.squaredEpsilonInsensitive, "SquaredEpsilonInsensitive(0.1)", note: "max(0, |y - p| - 0.1)² per sample",
            ParameterValues([.width: sgdEpsilon])),
    ]
}
