/// For a loss a framework lacks, the framework's function that comes closest, and why.
extension Framework {
    /// The nearest loss this framework has to one it lacks, with what differs; nil when it has nothing near.
    public func nearest(to loss: FrameworkLoss) -> (loss: FrameworkLoss, difference: String)? {
        guard function(for: loss) == nil, let entry = Self.nearest[self]?[loss], function(for: entry.loss) != nil else { return nil }
        return entry
    }

    /// The nearest loss this framework has to a loss of the catalog it lacks; nil when it has nothing near.
    public func nearest(to loss: LossDefinition) -> (loss: FrameworkLoss, difference: String)? {
        nearest(to: FrameworkLoss(loss))
    }

    private typealias Nearest = [FrameworkLoss: (loss: FrameworkLoss, difference: String)]

    private static func near(_ entries: [(FrameworkLoss, FrameworkLoss, String)]) -> Nearest {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.0, (loss: $0.1, difference: $0.2)) })
    }

    private static let nearest: [Framework: Nearest] = [
        .keras: near([
            (FrameworkLoss(.smoothL1), FrameworkLoss(.huber), "Huber with delta = beta is beta times smooth L1"),
            (FrameworkLoss(.nll), FrameworkLoss(.sparseCategoricalCrossEntropy), "it takes probabilities, not log-probabilities"),
            (FrameworkLoss(.poissonNLL), FrameworkLoss(.poisson), "its y_pred is a rate, not a log-rate"),
            (.squaredError, FrameworkLoss(.l2), "the same (ŷ - y)², averaged over the last axis"),
            (FrameworkLoss(.cosineDistance), FrameworkLoss(.cosineSimilarity), "it returns -cos, not 1 - cos"),
            (FrameworkLoss(.logistic), FrameworkLoss(.sigmoidCrossEntropy), "with 0/1 labels instead of ±1"),
        ]),
        .pytorch: near([
            (FrameworkLoss(.hinge), FrameworkLoss(.hingeEmbedding), "hinge_embedding_loss is x for y = 1 and max(0, 1 - x) for y = -1: not max(0, 1 - y·x)"),
            (FrameworkLoss(.poisson), FrameworkLoss(.poissonNLL), "pass --no-log-input to give a rate instead of a log-rate"),
            (FrameworkLoss(.categoricalCrossEntropy), FrameworkLoss(.nll), "nll_loss takes log-probabilities and class indices"),
            (FrameworkLoss(.sparseCategoricalCrossEntropy), FrameworkLoss(.nll), "nll_loss takes log-probabilities"),
            (FrameworkLoss(.focal), FrameworkLoss(.sigmoidFocal), "torchvision's sigmoid_focal_loss takes logits and applies alpha = 0.25"),
            (FrameworkLoss(.cosineSimilarity), .cosineEmbedding, "1 - cos for y = 1, with --input2"),
            (.squaredError, FrameworkLoss(.l2), "mse_loss"),
            (.multiclassPerceptron, FrameworkLoss(.multiclassHinge), "multi_margin_loss with a margin"),
        ]),
        .optax: near([
            (FrameworkLoss(.binaryCrossEntropy), FrameworkLoss(.sigmoidCrossEntropy), "it takes logits, not probabilities"),
            (FrameworkLoss(.categoricalCrossEntropy), FrameworkLoss(.softmaxCrossEntropy), "it takes logits, not probabilities"),
            (FrameworkLoss(.sparseCategoricalCrossEntropy), FrameworkLoss(.sparseSoftmaxCrossEntropy), "it takes logits, not probabilities"),
            (FrameworkLoss(.focal), FrameworkLoss(.sigmoidFocal), "it takes logits, not probabilities"),
            (FrameworkLoss(.squaredHinge), FrameworkLoss(.hinge), "not squared"),
        ]),
        .mlx: near([
            (FrameworkLoss(.categoricalCrossEntropy), FrameworkLoss(.softmaxCrossEntropy), "cross_entropy takes logits, not probabilities"),
            (FrameworkLoss(.sparseCategoricalCrossEntropy), FrameworkLoss(.sparseSoftmaxCrossEntropy), "cross_entropy takes logits, not probabilities"),
            (.squaredError, FrameworkLoss(.l2), "mse_loss"),
            (FrameworkLoss(.poisson), FrameworkLoss(.gaussianNLL), "MLX has no Poisson loss; gaussian_nll_loss is its only likelihood"),
        ]),
        .sklearn: near([
            (FrameworkLoss(.sigmoidCrossEntropy), FrameworkLoss(.binaryCrossEntropy), "log_loss takes probabilities of class 1, not logits"),
            (FrameworkLoss(.categoricalCrossEntropy), FrameworkLoss(.sparseCategoricalCrossEntropy), "log_loss takes class labels and probability rows"),
            (.squaredError, FrameworkLoss(.l2), "mean_squared_error"),
            (FrameworkLoss(.huber), FrameworkLoss(.epsilonInsensitive), "SGDRegressor's huber is not exposed; EpsilonInsensitive(0.1) is its linear-tube loss"),
        ]),
    ]
}
