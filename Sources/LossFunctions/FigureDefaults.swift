/// What `loss-plot LOSS` draws when an option is left out: the values of the tutorial
/// article's figure of the loss, or for losses beyond it those of a textbook figure of the loss.
public struct FigureDefaults: Sendable {
    /// The swept interval; nil for -1:1.
    public let range: [Double]?
    /// The number of samples; nil for 100.
    public let samples: Int?
    /// Scalar targets, labels or class indices: one curve each.
    public let targets: [Double]
    /// The target distribution of a row loss.
    public let distribution: [Double]?
    /// The rest of the prediction row of a row loss.
    public let rest: [Double]?
    /// The x axis's label.
    public let xLabel: String

    public init(range: [Double]? = nil, samples: Int? = nil, targets: [Double] = [0], distribution: [Double]? = nil,
                rest: [Double]? = nil, xLabel: String = "prediction") {
        self.range = range
        self.samples = samples
        self.targets = targets
        self.distribution = distribution
        self.rest = rest
        self.xLabel = xLabel
    }
}
