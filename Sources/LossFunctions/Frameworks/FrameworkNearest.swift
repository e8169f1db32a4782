/// For a loss a framework lacks, the framework's function that comes closest, and why.
extension Framework {
    /// The nearest loss this framework has to one it lacks, with what differs; nil when it has nothing near.
    public func nearest(to loss: String) -> (loss: String, difference: String)? {
        guard function(for: loss) == nil, let entry = Self.nearest[self]?[loss], function(for: entry.loss) != nil else { return nil }
        return entry
    }

    private static let nearest: [Framework: [String: (loss: String, difference: String)]] = [
        .keras: [
            "smooth-l1": ("huber", "Huber with delta = beta is beta times smooth L1"),
            "nll": ("sparse-categorical-cross-entropy", "it takes probabilities, not log-probabilities"),
            "poisson-nll": ("poisson", "its y_pred is a rate, not a log-rate"),
            "squared-error": ("l2", "the same (ŷ - y)², averaged over the last axis"),
            "cosine-distance": ("cosine-similarity", "it returns -cos, not 1 - cos"),
            "logistic": ("sigmoid-cross-entropy", "with 0/1 labels instead of ±1"),
        ],
        .pytorch: [
            "hinge": ("hinge-embedding", "hinge_embedding_loss is x for y = 1 and max(0, 1 - x) for y = -1: not max(0, 1 - y·x)"),
            "poisson": ("poisson-nll", "pass --no-log-input to give a rate instead of a log-rate"),
            "categorical-cross-entropy": ("nll", "nll_loss takes log-probabilities and class indices"),
            "sparse-categorical-cross-entropy": ("nll", "nll_loss takes log-probabilities"),
            "focal": ("sigmoid-focal", "torchvision's sigmoid_focal_loss takes logits and applies alpha = 0.25"),
            "cosine-similarity": ("cosine-embedding", "1 - cos for y = 1, with --input2"),
            "squared-error": ("l2", "mse_loss"),
            "multiclass-perceptron": ("multiclass-hinge", "multi_margin_loss with a margin"),
        ],
        .optax: [
            "binary-cross-entropy": ("sigmoid-cross-entropy", "it takes logits, not probabilities"),
            "categorical-cross-entropy": ("softmax-cross-entropy", "it takes logits, not probabilities"),
            "sparse-categorical-cross-entropy": ("sparse-softmax-cross-entropy", "it takes logits, not probabilities"),
            "focal": ("sigmoid-focal", "it takes logits, not probabilities"),
            "squared-hinge": ("hinge", "not squared"),
        ],
        .mlx: [
            "categorical-cross-entropy": ("softmax-cross-entropy", "cross_entropy takes logits, not probabilities"),
            "sparse-categorical-cross-entropy": ("sparse-softmax-cross-entropy", "cross_entropy takes logits, not probabilities"),
            "squared-error": ("l2", "mse_loss"),
            "poisson": ("gaussian-nll", "MLX has no Poisson loss; gaussian_nll_loss is its only likelihood"),
        ],
        .sklearn: [
            "sigmoid-cross-entropy": ("binary-cross-entropy", "log_loss takes probabilities of class 1, not logits"),
            "categorical-cross-entropy": ("sparse-categorical-cross-entropy", "log_loss takes class labels and probability rows"),
            "squared-error": ("l2", "mean_squared_error"),
            "huber": ("epsilon-insensitive", "SGDRegressor's huber is not exposed; EpsilonInsensitive(0.1) is its linear-tube loss"),
        ],
    ]
}
