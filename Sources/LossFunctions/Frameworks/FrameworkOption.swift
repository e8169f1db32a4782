/// An argument of a framework's loss function that users change: a loss parameter, read by the
/// catalog's name and flag (`--delta`, `--label-smoothing`), or one of the switches only the
/// frameworks have.
public enum FrameworkOption: Hashable, Sendable {
    /// The reduction over the samples (`reduction=` in PyTorch, Keras and MLX).
    case reduction
    /// PyTorch poisson_nll_loss's `log_input`.
    case logInput
    /// PyTorch poisson_nll_loss's Stirling term, gaussian_nll_loss's ½ log 2π (`full=`).
    case full
    /// PyTorch kl_div's and optax kl_divergence's `log_target`.
    case logTarget
    /// One weight per sample (`sample_weight=` in Keras and scikit-learn).
    case sampleWeight
    /// One weight per class (PyTorch's `weight=` of cross_entropy, nll_loss and the binary cross-entropies).
    case classWeight
    /// The class whose targets are left out (PyTorch's `ignore_index`, Keras's `ignore_class`).
    case ignoreIndex
    /// A loss parameter the function takes under its own name (delta, gamma, alpha, margin, ...).
    case parameter(LossParameter)

    /// The switches, in the order errors and help list them.
    public static let switches: [FrameworkOption] = [.reduction, .logInput, .full, .logTarget, .classWeight, .ignoreIndex]

    /// The command-line flag that gives the option (`--delta`, `--log-input`).
    public var flag: String {
        switch self {
        case .reduction: "--reduction"
        case .logInput: "--log-input"
        case .full: "--full"
        case .logTarget: "--log-target"
        case .sampleWeight: "--sample-weight"
        case .classWeight: "--class-weight"
        case .ignoreIndex: "--ignore-index"
        case .parameter(let parameter): parameter.flag
        }
    }

    /// The loss parameters that some framework's function takes.
    public static let parameters: Set<LossParameter> = Set(Framework.allCases.flatMap { framework in
        framework.functions.values.flatMap { function in
            function.options.compactMap { option -> LossParameter? in
                if case .parameter(let parameter) = option { return parameter }
                return nil
            }
        }
    })
}
