/// The options given to a framework function; nil means the framework's default.
public struct FrameworkOptions: Equatable, Sendable {
    /// loss-plot's reduction name: mean, sum, none or batchmean.
    public var reduction: String?
    public var labelSmoothing: Double?
    /// PyTorch's `pos_weight`, one value or one per class (the last axis).
    public var posWeight: [Double]?
    public var logInput: Bool?
    public var full: Bool?
    public var logTarget: Bool?
    public var gamma: Double?
    public var alpha: Double?
    public var margin: Double?
    public var delta: Double?
    public var beta: Double?

    /// Options left at every framework's defaults.
    public init() {}

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
