/// Every loss of the catalog, by its command-line name.
public enum LossKind: String, CaseIterable, Sendable, Codable {
    case l1
    case l2
    case msle
    case huber
    case pseudoHuber = "pseudo-huber"
    case logCosh = "log-cosh"
    case smoothL1 = "smooth-l1"
    case quantile
    case poisson
    case tukey
    case barron
    case charbonnier
    case cauchy
    case gemanMcClure = "geman-mcclure"
    case welsch
    case hinge
    case squaredHinge = "squared-hinge"
    case binaryCrossEntropy = "binary-cross-entropy"
    case sigmoidCrossEntropy = "sigmoid-cross-entropy"
    case weightedSigmoidCrossEntropy = "weighted-sigmoid-cross-entropy"
    case softmaxCrossEntropy = "softmax-cross-entropy"
    case sparseSoftmaxCrossEntropy = "sparse-softmax-cross-entropy"
    case categoricalCrossEntropy = "categorical-cross-entropy"
    case sparseCategoricalCrossEntropy = "sparse-categorical-cross-entropy"
    case klDivergence = "kl-divergence"
    case entropy

    /// Other names users type for the same loss.
    public static let aliases: [String: LossKind] = [
        "mae": .l1, "mse": .l2, "bce": .binaryCrossEntropy, "log-loss": .binaryCrossEntropy, "pinball": .quantile,
        "kld": .klDivergence, "kl": .klDivergence, "cce": .categoricalCrossEntropy, "logcosh": .logCosh,
    ]

    /// Looks a loss up by its name or an alias, ignoring case and underscores.
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if let kind = LossKind(rawValue: key) ?? LossKind.aliases[key] {
            self = kind
        } else {
            return nil
        }
    }

    /// How the loss reads its prediction and target.
    public var family: LossFamily {
        switch self {
        case .softmaxCrossEntropy: .distribution(input: .logits, target: .distribution)
        case .sparseSoftmaxCrossEntropy: .distribution(input: .logits, target: .classIndex)
        case .categoricalCrossEntropy, .klDivergence, .entropy: .distribution(input: .probabilities, target: .distribution)
        case .sparseCategoricalCrossEntropy: .distribution(input: .probabilities, target: .classIndex)
        default: .elementwise
        }
    }

    /// The shape parameters the loss reads.
    public var parameters: [LossParameter] {
        switch self {
        case .huber, .pseudoHuber, .tukey, .charbonnier, .cauchy, .gemanMcClure, .welsch: [.delta]
        case .barron: [.alpha, .delta]
        case .smoothL1: [.beta]
        case .quantile: [.tau]
        case .weightedSigmoidCrossEntropy: [.posWeight]
        default: []
        }
    }

    /// Where the swept prediction is defined.
    public var inputDomain: InputDomain {
        switch self {
        case .msle: .aboveMinusOne
        case .poisson: .nonNegative
        case .binaryCrossEntropy, .categoricalCrossEntropy, .sparseCategoricalCrossEntropy, .klDivergence, .entropy:
            .probability
        default: .real
        }
    }

    /// Which targets the loss accepts.
    public var targetDomain: TargetDomain {
        switch self {
        case .msle: .aboveMinusOne
        case .poisson: .nonNegative
        case .hinge, .squaredHinge: .label
        case .binaryCrossEntropy, .sigmoidCrossEntropy, .weightedSigmoidCrossEntropy: .probability
        case .softmaxCrossEntropy, .categoricalCrossEntropy, .klDivergence, .entropy: .distribution
        case .sparseSoftmaxCrossEntropy, .sparseCategoricalCrossEntropy: .classIndex
        default: .real
        }
    }
}

/// How a loss reads its prediction and target.
public enum LossFamily: Sendable, Equatable {
    /// One prediction against one target, averaged over a row.
    case elementwise
    /// A whole row (logits or probabilities) against a distribution or a class index.
    case distribution(input: DistributionInput, target: DistributionTarget)
}

/// What the prediction row of a distribution loss holds.
public enum DistributionInput: Sendable, Equatable {
    case logits
    case probabilities
}

/// What the target of a distribution loss is.
public enum DistributionTarget: Sendable, Equatable {
    case distribution
    case classIndex
}

/// Where a loss's swept input is defined.
public enum InputDomain: Sendable, Equatable {
    case real
    case aboveMinusOne
    case nonNegative
    case probability
}

/// Which targets a loss accepts.
public enum TargetDomain: Sendable, Equatable {
    case real
    case aboveMinusOne
    case nonNegative
    case probability
    case label
    case distribution
    case classIndex

    /// Whether a scalar target is allowed.
    public func contains(_ t: Double) -> Bool {
        switch self {
        case .real: t.isFinite
        case .aboveMinusOne: t.isFinite && t > -1
        case .nonNegative: t.isFinite && t >= 0
        case .probability, .distribution: t >= 0 && t <= 1
        case .label: t == -1 || t == 0 || t == 1
        case .classIndex: t >= 0 && t == t.rounded() && t < 1e9
        }
    }

    /// What `contains` allows, in words for an error message.
    public var allowedValues: String {
        switch self {
        case .real: "a finite number"
        case .aboveMinusOne: "a number > -1"
        case .nonNegative: "a number >= 0"
        case .probability: "a probability in [0, 1]"
        case .label: "a label -1, 0 or 1 (0 is read as -1)"
        case .distribution: "probabilities in [0, 1]"
        case .classIndex: "a class index 0, 1, 2, ..."
        }
    }
}
