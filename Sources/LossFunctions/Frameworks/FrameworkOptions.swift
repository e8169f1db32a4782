/// The options given to a framework function; nil means the framework's default.
public struct FrameworkOptions: Equatable, Sendable {
    /// loss-plot's reduction name: mean, sum, none or batchmean.
    public var reduction: String?
    /// Loss parameters given to the function, by the catalog's names: Huber's delta, smooth L1's
    /// beta, focal loss's gamma and alpha, the ranking losses' margin, label smoothing.
    public var parameters: [LossParameter: Double] = [:]
    /// PyTorch's `pos_weight`, one value or one per class (the last axis).
    public var posWeight: [Double]?
    /// PyTorch poisson_nll_loss: whether the input is a log-rate (its default) or a rate.
    public var logInput: Bool?
    /// PyTorch poisson_nll_loss's Stirling term; gaussian_nll_loss's ½ log 2π.
    public var full: Bool?
    /// PyTorch kl_div, optax kl_divergence: whether the target is a log-probability.
    public var logTarget: Bool?
    /// The weights of `--sample-weight`: one per sample for Keras's `sample_weight=` of a loss call and
    /// scikit-learn's `sample_weight=` of a metric, one per element for PyTorch's `weight=` of
    /// mse_loss, l1_loss and huber_loss. Each framework divides the weighted sum by its own
    /// denominator (``SampleWeighting``).
    public var sampleWeight: FrameworkArray?
    /// One weight per class: PyTorch's `weight=` of cross_entropy and nll_loss (the mean then divides by
    /// the kept targets' weights), and of binary_cross_entropy and binary_cross_entropy_with_logits,
    /// where it scales each column.
    public var classWeight: [Double]?
    /// The class index whose targets are left out: PyTorch's `ignore_index` (default -100),
    /// Keras's `ignore_class` (default none).
    public var ignoreIndex: Double?

    /// Options left at every framework's defaults.
    public init() {}

    /// A loss parameter's value, or nil for the framework's default.
    public subscript(_ parameter: LossParameter) -> Double? {
        get { parameters[parameter] }
        set { parameters[parameter] = newValue }
    }

    /// Gives the function a loss parameter's value (`pos_weight` as a one-value vector), and
    /// returns the option it is.
    @discardableResult
    public mutating func set(_ parameter: LossParameter, to value: Double) -> FrameworkOption {
        if parameter == .posWeight {
            posWeight = [value]
        } else {
            parameters[parameter] = value
        }
        return .parameter(parameter)
    }

    /// The options that are set: the reduction, the parameters in the catalog's order, the switches.
    public var given: [FrameworkOption] {
        var options: [FrameworkOption] = reduction == nil ? [] : [.reduction]
        for parameter in LossParameter.all where parameters[parameter] != nil || (parameter == .posWeight && posWeight != nil) {
            options.append(.parameter(parameter))
        }
        if logInput != nil { options.append(.logInput) }
        if full != nil { options.append(.full) }
        if logTarget != nil { options.append(.logTarget) }
        if sampleWeight != nil { options.append(.sampleWeight) }
        if classWeight != nil { options.append(.classWeight) }
        if ignoreIndex != nil { options.append(.ignoreIndex) }
        return options
    }
}
