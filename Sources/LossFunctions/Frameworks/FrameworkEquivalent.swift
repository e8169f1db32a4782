import Platform

/// A framework's one function that computes a loss it has under another name, up to the function's
/// own input convention: PyTorch's `poisson_nll_loss(log_input=False)` for `poisson`, torchvision's
/// `sigmoid_focal_loss` on logits for `focal`, optax's `softmax_cross_entropy` on log-probabilities
/// for `categorical-cross-entropy`. `eval --framework F` uses it and says on standard error which
/// function and which convention; it refuses only when F truly has nothing.
public struct FrameworkEquivalent: Sendable {
    /// How the prediction becomes the function's input.
    public enum Conversion: Sendable {
        /// As given.
        case none
        /// A probability p as the logit log(p / (1 - p)).
        case logit
        /// A probability p as log p (a log-probability is a logit of a softmax over a row that sums to 1).
        case log
        /// A log-rate x as the rate exp(x); log-probabilities as probabilities.
        case exp
        /// A logit z as the probability σ(z).
        case sigmoid

        func apply(_ value: Double) -> Double {
            switch self {
            case .none: value
            case .logit: Glibc.log(value) - log1p(-value)
            case .log: Glibc.log(value)
            case .exp: Glibc.exp(value)
            case .sigmoid: FrameworkMath.sigmoid(value)
            }
        }
    }

    /// The framework's function that computes it.
    public let function: FrameworkFunction
    /// What the prediction goes through first.
    public let conversion: Conversion
    /// Whether one-hot target rows become class labels (scikit-learn's log_loss reads either; ours reads labels).
    let oneHotTargets: Bool
    /// The options the function is called with, from those given (PyTorch's log_input=False).
    let options: @Sendable (FrameworkOptions) -> FrameworkOptions
    /// The convention in words, for the line on standard error.
    public let convention: String

    /// The line for standard error: the framework has no function of that name, which function computes it, and how.
    public func notice(for loss: FrameworkLoss) -> String {
        "\(function.framework.displayName) has no \(loss); \(function.name) computes it: \(convention)"
    }

    /// What the framework's function returns for the converted inputs.
    ///
    /// - Throws: ``FrameworkError`` when the function refuses them, or a target row is not one-hot where labels are needed.
    public func evaluate(_ inputs: FrameworkInputs, options given: FrameworkOptions) throws -> FrameworkArray {
        var converted = inputs
        converted.pred = inputs.pred.map(conversion.apply)
        if oneHotTargets, inputs.target.rank == 2 {
            let labels = try inputs.target.rows.map { row -> Double in
                guard row.allSatisfy({ $0 == 0 || $0 == 1 }), row.filter({ $0 == 1 }).count == 1, let hot = row.firstIndex(of: 1) else {
                    throw FrameworkError("log_loss reads one-hot rows as class labels: give rows of one 1 and 0s")
                }
                return Double(hot - row.startIndex)
            }
            converted.target = FrameworkArray(vector: labels)
        }
        return try function.evaluate(converted, options: options(given))
    }
}

extension Framework {
    /// This framework's one function that computes a loss it lacks under that name, or nil.
    public func equivalent(to loss: FrameworkLoss) -> FrameworkEquivalent? {
        guard function(for: loss) == nil, let entry = Self.equivalents[self]?[loss], let function = function(for: entry.loss) else { return nil }
        return FrameworkEquivalent(function: function, conversion: entry.conversion, oneHotTargets: entry.oneHot, options: entry.options,
                                   convention: entry.convention)
    }

    private typealias Entry = (loss: FrameworkLoss, conversion: FrameworkEquivalent.Conversion, oneHot: Bool,
                               options: @Sendable (FrameworkOptions) -> FrameworkOptions, convention: String)

    private static func entry(_ asked: LossDefinition, _ loss: LossDefinition, _ conversion: FrameworkEquivalent.Conversion,
                              oneHot: Bool = false, options: @escaping @Sendable (FrameworkOptions) -> FrameworkOptions = { $0 },
                              _ convention: String) -> (FrameworkLoss, Entry) {
        (FrameworkLoss(asked), (FrameworkLoss(loss), conversion, oneHot, options, convention))
    }

    private static let equivalents: [Framework: [FrameworkLoss: Entry]] = [
        .keras: Dictionary(uniqueKeysWithValues: [
            entry(.poissonNLL, .poisson, .exp, "keras.losses.Poisson takes a rate: --pred x is passed as exp(x) (it adds 1e-7 inside the log)"),
            entry(.nll, .sparseCategoricalCrossEntropy, .exp, "it takes probabilities: --pred log p is passed as p"),
        ]),
        .pytorch: Dictionary(uniqueKeysWithValues: [
            entry(.poisson, .poissonNLL, .none, options: { options in
                var options = options
                options.logInput = options.logInput ?? false
                return options
            }, "log_input=False reads --pred as a rate, as poisson does (it adds 1e-8 inside the log)"),
            entry(.focal, .sigmoidFocal, .logit, options: { options in
                var options = options
                options[.alpha] = options[.alpha] ?? -1
                return options
            }, "it takes logits: --pred p is passed as log(p / (1 - p)), with alpha=-1 (no weighting) unless --alpha is given"),
            entry(.categoricalCrossEntropy, .softmaxCrossEntropy, .log, "cross_entropy takes logits: --pred p is passed as log p"),
            entry(.sparseCategoricalCrossEntropy, .nll, .log, "nll_loss takes log-probabilities: --pred p is passed as log p"),
            entry(.weightedSigmoidCrossEntropy, .sigmoidCrossEntropy, .none, "binary_cross_entropy_with_logits with pos_weight=--pos-weight"),
        ]),
        .optax: Dictionary(uniqueKeysWithValues: [
            entry(.focal, .sigmoidFocal, .logit, "it takes logits: --pred p is passed as log(p / (1 - p))"),
            entry(.binaryCrossEntropy, .sigmoidCrossEntropy, .logit, "it takes logits: --pred p is passed as log(p / (1 - p))"),
            entry(.categoricalCrossEntropy, .softmaxCrossEntropy, .log, "it takes logits: --pred p is passed as log p"),
            entry(.sparseCategoricalCrossEntropy, .sparseSoftmaxCrossEntropy, .log, "it takes logits: --pred p is passed as log p"),
        ]),
        .mlx: Dictionary(uniqueKeysWithValues: [
            entry(.categoricalCrossEntropy, .softmaxCrossEntropy, .log, "cross_entropy takes logits: --pred p is passed as log p"),
            entry(.sparseCategoricalCrossEntropy, .sparseSoftmaxCrossEntropy, .log, "cross_entropy takes logits: --pred p is passed as log p"),
        ]),
        .sklearn: Dictionary(uniqueKeysWithValues: [
            entry(.sigmoidCrossEntropy, .binaryCrossEntropy, .sigmoid, "log_loss takes probabilities: --pred z is passed as 1 / (1 + exp(-z))"),
            entry(.categoricalCrossEntropy, .sparseCategoricalCrossEntropy, .none, oneHot: true,
                  "log_loss of one-hot rows: each row's 1 is read as its class label"),
        ]),
    ]
}
