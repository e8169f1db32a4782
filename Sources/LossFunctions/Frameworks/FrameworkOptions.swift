/// The options given to a framework function; nil means the framework's default.
public struct FrameworkOptions: Equatable, Sendable {
    /// loss-plot's reduction name: mean, sum, none or batchmean.
    public var reduction: String?
    /// Label smoothing epsilon (Keras, PyTorch cross_entropy, MLX cross_entropy).
    public var labelSmoothing: Double?
    /// PyTorch's `pos_weight`, one value or one per class (the last axis).
    public var posWeight: [Double]?
    /// PyTorch poisson_nll_loss: whether the input is a log-rate (its default) or a rate.
    public var logInput: Bool?
    /// PyTorch poisson_nll_loss's Stirling term; gaussian_nll_loss's ½ log 2π.
    public var full: Bool?
    /// PyTorch kl_div, optax kl_divergence: whether the target is a log-probability.
    public var logTarget: Bool?
    /// Focal loss's focusing exponent (2 everywhere by default).
    public var gamma: Double?
    /// Focal loss's class weight (Keras's binary focal applies it only when given).
    public var alpha: Double?
    /// The margin of the ranking, triplet, embedding and multi-margin losses.
    public var margin: Double?
    /// Huber's delta (1 by default).
    public var delta: Double?
    /// Smooth L1's beta (1 by default).
    public var beta: Double?

    /// Options left at every framework's defaults.
    public init() {}

    /// Sets the option a loss parameter is, and returns which; nil when no framework function takes the parameter.
    mutating func set(_ parameter: LossParameter, to value: Double) -> FrameworkOption? {
        switch parameter {
        case .delta: delta = value; return .delta
        case .beta: beta = value; return .beta
        case .alpha: alpha = value; return .alpha
        case .gamma: gamma = value; return .gamma
        case .margin: margin = value; return .margin
        case .labelSmoothing: labelSmoothing = value; return .labelSmoothing
        case .posWeight: posWeight = [value]; return .posWeight
        default: return nil
        }
    }

    /// The options that are set.
    public var given: [FrameworkOption] {
        var options: [FrameworkOption] = []
        if reduction != nil { options.append(.reduction) }
        if labelSmoothing != nil { options.append(.labelSmoothing) }
        if posWeight != nil { options.append(.posWeight) }
        if logInput != nil { options.append(.logInput) }
        if full != nil { options.append(.full) }
        if logTarget != nil { options.append(.logTarget) }
        if gamma != nil { options.append(.gamma) }
        if alpha != nil { options.append(.alpha) }
        if margin != nil { options.append(.margin) }
        if delta != nil { options.append(.delta) }
        if beta != nil { options.append(.beta) }
        return options
    }
}
