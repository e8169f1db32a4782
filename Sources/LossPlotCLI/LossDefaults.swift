import LossFunctions

/// What `loss-plot LOSS` draws when an option is left out: the values of the loss's figure in
/// FIGURES.md, or for losses beyond it the values a textbook figure of the loss uses.
public enum LossDefaults {
    /// The default values of a parameter: one curve each.
    public static func values(of parameter: LossParameter, for kind: LossKind) -> [Double] {
        switch (kind, parameter) {
        case (.huber, .delta), (.pseudoHuber, .delta): [0.25, 0.5, 1, 2]
        case (.tukey, .delta): [4.685]
        case (.weightedSigmoidCrossEntropy, .posWeight): [0.5]
        case (.barron, .alpha): [-.infinity, -2, 0, 1, 2]
        case (.quantile, .tau): [0.1, 0.5, 0.9]
        default: [parameter.value(in: LossParameters())]
        }
    }

    /// The default scalar targets (or class indices): one curve each.
    public static func targets(for kind: LossKind) -> [Double] {
        switch kind {
        case .msle, .hinge, .squaredHinge, .weightedSigmoidCrossEntropy, .poisson: [1]
        case .binaryCrossEntropy, .sigmoidCrossEntropy: [1, 0]
        case .sparseSoftmaxCrossEntropy: [2]
        case .sparseCategoricalCrossEntropy: [0]
        default: [0]
        }
    }

    /// The default target distribution of a distribution loss.
    public static func distribution(for kind: LossKind) -> [Double] {
        switch kind.family {
        case .distribution(input: .logits, _): [0.1, 0.02, 0.88]
        default: [0.3, 0.7]
        }
    }

    /// The default rest of the prediction row, for a row of `count` entries.
    public static func rest(for kind: LossKind, count: Int) -> [Double] {
        switch kind.family {
        case .distribution(input: .logits, _): count == 3 ? [-3, 10] : Array(repeating: 0, count: count - 1)
        default: Array(repeating: 1, count: count - 1)
        }
    }

    /// The sweep of a loss that lives on probabilities only: its FIGURES.md sweep.
    public static func probabilitySweep(for kind: LossKind) -> (range: [Double], samples: Int)? {
        switch kind {
        case .binaryCrossEntropy: ([0.001, 0.999], 500)
        case .categoricalCrossEntropy, .sparseCategoricalCrossEntropy, .klDivergence, .entropy: ([0.01, 0.99], 200)
        default: nil
        }
    }
}

extension LossDefaults {
    /// The x axis's default label: what the swept input is.
    public static func inputName(_ kinds: [LossKind]) -> String {
        let names = Set(kinds.map { kind -> String in
            switch (kind.family, kind.inputDomain) {
            case (.distribution(input: .logits, _), _): "first logit z"
            case (.distribution(input: .probabilities, _), _): "first probability s"
            case (_, .probability): "predicted probability"
            default:
                [.sigmoidCrossEntropy, .weightedSigmoidCrossEntropy].contains(kind) ? "logit"
                    : [.hinge, .squaredHinge].contains(kind) ? "score" : "prediction"
            }
        })
        return names.count == 1 ? names.first! : "prediction"
    }
}
