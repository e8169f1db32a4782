import LossFunctions

/// What `loss-plot list` says of each loss: its formula, its domain, and the conventions chosen.
enum LossDocs {
    static func formula(_ kind: LossKind) -> String {
        switch kind {
        case .l1: "|r|, r = prediction - target"
        case .l2: "r^2 (no 1/2, as the article draws it)"
        case .msle: "(log(1 + p) - log(1 + t))^2"
        case .huber: "r^2/2 if |r| <= delta, else delta (|r| - delta/2)"
        case .pseudoHuber: "delta^2 (sqrt(1 + (r/delta)^2) - 1)"
        case .logCosh: "log(cosh(r)), computed as |r| + softplus(-2|r|) - log 2"
        case .smoothL1: "r^2/(2 beta) if |r| < beta, else |r| - beta/2 (PyTorch)"
        case .quantile: "max(tau (t - p), (tau - 1)(t - p)) (pinball)"
        case .poisson: "p - t log(p + epsilon) (Keras)"
        case .tukey: "c^2/6 (1 - (1 - (r/c)^2)^3) if |r| <= c, else c^2/6 (biweight; c = delta)"
        case .barron: "|a-2|/a (((r/c)^2/|a-2| + 1)^(a/2) - 1), limits at a = 2, 0, -inf (c = delta)"
        case .charbonnier: "sqrt((r/c)^2 + 1) - 1 (Barron a = 1)"
        case .cauchy: "log((r/c)^2/2 + 1) (Barron a = 0)"
        case .gemanMcClure: "2 (r/c)^2 / ((r/c)^2 + 4) (Barron a = -2)"
        case .welsch: "1 - exp(-(r/c)^2/2) (Barron a = -inf)"
        case .hinge: "max(0, 1 - t y)"
        case .squaredHinge: "max(0, 1 - t y)^2"
        case .binaryCrossEntropy: "-(t log p + (1 - t) log(1 - p))"
        case .sigmoidCrossEntropy: "max(z, 0) - z t + log(1 + exp(-|z|))"
        case .weightedSigmoidCrossEntropy: "(1 - t) z + (1 + (w - 1) t)(log(1 + exp(-|z|)) + max(-z, 0))"
        case .softmaxCrossEntropy: "-sum_i q_i log_softmax(z)_i"
        case .sparseSoftmaxCrossEntropy: "-log_softmax(z)_k"
        case .categoricalCrossEntropy: "-sum_i q_i log p_i"
        case .sparseCategoricalCrossEntropy: "-log p_k"
        case .klDivergence: "sum_i q_i log(q_i / p_i), 0 log 0 = 0"
        case .entropy: "-sum_i q_i log q_i (constant in the prediction)"
        }
    }

    static func domain(_ kind: LossKind) -> String {
        switch kind.family {
        case .distribution(input: .logits, target: .distribution): return "logits z (any real); target distribution q; sweep moves z_0, --rest fixes the others"
        case .distribution(input: .logits, target: .classIndex): return "logits z (any real); target class k; sweep moves z_0"
        case .distribution(input: .probabilities, target: .distribution): return "probabilities p = (s, (1 - s) rest/sum(rest)); target distribution q"
        case .distribution(input: .probabilities, target: .classIndex): return "probabilities p = (s, (1 - s) rest/sum(rest)); target class k"
        case .elementwise:
            let input: String = switch kind.inputDomain {
            case .real: "any real prediction"
            case .aboveMinusOne: "prediction > -1"
            case .nonNegative: "prediction >= 0"
            case .probability: "probability in [0, 1]"
            }
            return "\(input); target \(kind.targetDomain.allowedValues)"
        }
    }

    static func notes(_ kind: LossKind) -> String? {
        switch kind {
        case .l1: "derivative sign(r); subgradient 0 at r = 0"
        case .hinge, .squaredHinge: "label 0 is read as -1 (Keras); derivative -t where t y < 1, subgradient 0 at the margin t y = 1; eval reads labels that are all 0 or 1 as -1 and 1, and any other labels as they are (Keras)"
        case .quantile: "subgradient 0 at r = 0"
        case .huber: "eval's default delta is 1 (Keras)"
        case .binaryCrossEntropy: "eval clips p to [epsilon, 1 - epsilon], epsilon = 1e-7 (Keras); figures draw the exact function, NaN outside [0, 1]"
        case .categoricalCrossEntropy: "eval scales each row to sum 1, then clips to [epsilon, 1 - epsilon] (Keras)"
        case .sparseCategoricalCrossEntropy: "eval scales each row to sum 1, then clips (Keras)"
        case .klDivergence: "eval clips both rows to [epsilon, 1] (Keras)"
        case .msle: "eval clips p and t below at epsilon (Keras); figures draw the exact function, NaN at p <= -1"
        case .poisson: "eval adds epsilon = 1e-7 inside the log (Keras)"
        case .smoothL1: "beta > 0"
        default: nil
        }
    }
}
