/// The arrays handed to a framework function, in loss-plot's names.
public struct FrameworkInputs: Equatable, Sendable {
    /// y_true, target, targets or labels; class indices for sparse losses.
    public var target: FrameworkArray
    /// y_pred, input, predictions, logits or scores: what the framework reads there.
    public var pred: FrameworkArray
    /// A second input: margin_ranking's and cosine_embedding's input2, triplet's negative.
    public var input2: FrameworkArray?
    /// gaussian_nll_loss's variance.
    public var variance: FrameworkArray?

    /// Inputs of a target and a prediction, and the optional extra arrays.
    public init(target: FrameworkArray, pred: FrameworkArray, input2: FrameworkArray? = nil, variance: FrameworkArray? = nil) {
        self.target = target
        self.pred = pred
        self.input2 = input2
        self.variance = variance
    }
}
