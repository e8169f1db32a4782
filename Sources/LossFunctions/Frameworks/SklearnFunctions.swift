import Foundation

/// scikit-learn's metrics (one number for the whole set) and, where sklearn.metrics has no such loss,
/// the SGD estimators' loss objects applied per sample with SGDClassifier's and SGDRegressor's defaults.
enum SklearnFunctions {
    static let byLoss: [String: FrameworkFunction] = Dictionary(uniqueKeysWithValues: all.map { ($0.loss, $0) })

    /// float64's machine epsilon, which log_loss and mean_absolute_percentage_error use.
    static let machineEpsilon = Double.ulpOfOne

    static func metric(_ loss: String, _ name: String, arguments: String = "y_true, y_pred", note: String,
                       _ value: @escaping @Sendable (FrameworkInputs) throws -> Double) -> FrameworkFunction {
        FrameworkFunction(.sklearn, loss, call: "sklearn.metrics.\(name)(\(arguments))", note: note, reductions: nil) { inputs, _ in
            FrameworkArray(scalar: try value(inputs))
        }
    }

    static func sgd(_ loss: String, _ object: String, note: String, _ f: @escaping @Sendable (_ p: Double, _ y: Double) -> Double) -> FrameworkFunction {
        FrameworkFunction(.sklearn, loss, call: "sklearn.linear_model._sgd_fast.\(object).py_loss(p, y) per sample", note: note,
                          reductions: nil) { inputs, _ in
            guard inputs.pred.rank == 1 else { throw FrameworkError("\(object).py_loss takes one prediction and one label at a time: give one row") }
            return try FrameworkKernels.elementwise(inputs) { y, p in f(p, y) }
        }
    }

    static let all: [FrameworkFunction] = [
        metric("l1", "mean_absolute_error", note: "mean over every element") { inputs in try FrameworkKernels.elementwise(inputs) { abs($1 - $0) }.mean },
        metric("l2", "mean_squared_error", note: "mean over every element (the SGD SquaredLoss is ½r²)") { inputs in
            try FrameworkKernels.elementwise(inputs) { ($1 - $0) * ($1 - $0) }.mean
        },
        metric("mape", "mean_absolute_percentage_error", note: "a fraction, not a percentage: |y - ŷ| / max(|y|, 2.2e-16)") { inputs in
            try FrameworkKernels.elementwise(inputs) { y, p in abs(p - y) / max(abs(y), machineEpsilon) }.mean
        },
        metric("msle", "mean_squared_log_error", note: "no clipping: refuses values at or below -1") { inputs in
            if (inputs.target.values + inputs.pred.values).contains(where: { $0 <= -1 }) {
                throw FrameworkError("Mean Squared Logarithmic Error cannot be used when targets contain values less than or equal to -1.")
            }
            return try FrameworkKernels.elementwise(inputs) { y, p in pow(log1p(y) - log1p(p), 2) }.mean
        },
        metric("binary-cross-entropy", "log_loss", arguments: "y_true, y_proba, labels=[0, 1]",
               note: "clips p to [2.2e-16, 1 - 2.2e-16]: at most 36.04 per sample; labels must be 0 or 1", binaryLogLoss),
        metric("sparse-categorical-cross-entropy", "log_loss", arguments: "y_true, y_proba, labels=range(C)",
               note: "class labels and probability rows, clipped to [2.2e-16, 1 - 2.2e-16], not renormalised", categoricalLogLoss),
        metric("hinge", "hinge_loss", arguments: "y_true, pred_decision", note: "two labels become -1 and +1 (the larger is +1), whatever they are", hinge),
        sgd("squared-hinge", "SquaredHinge(1.0)", note: "per sample, threshold 1") { p, y in
            let z = p * y
            return z < 1 ? (1 - z) * (1 - z) : 0
        },
        sgd("perceptron", "Hinge(0.0)", note: "max(0, -y·p) per sample") { p, y in
            let z = p * y
            return z <= 0 ? -z : 0
        },
        sgd("modified-huber", "ModifiedHuber()", note: "(1 - m)² for m ≥ -1, -4m below; per sample") { p, y in
            let z = p * y
            return z >= 1 ? 0 : (z >= -1 ? (1 - z) * (1 - z) : -4 * z)
        },
        sgd("epsilon-insensitive", "EpsilonInsensitive(0.1)", note: "max(0, |y - p| - 0.1) per sample (SGDRegressor's epsilon)") { p, y in
            max(0, abs(y - p) - 0.1)
        },
        sgd("squared-epsilon-insensitive", "SquaredEpsilonInsensitive(0.1)", note: "max(0, |y - p| - 0.1)² per sample") { p, y in
            let r = max(0, abs(y - p) - 0.1)
            return r * r
        },
    ]
}
