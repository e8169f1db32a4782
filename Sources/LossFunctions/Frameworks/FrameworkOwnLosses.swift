extension FrameworkLoss {
    /// PyTorch's multilabel_soft_margin_loss: sigmoid cross-entropy averaged over each sample's classes.
    public static let multilabelSoftMargin = FrameworkLoss(own: "multilabel-soft-margin")

    /// optax's multiclass_perceptron_loss: max_j s_j - s_y.
    public static let multiclassPerceptron = FrameworkLoss(own: "multiclass-perceptron")
}
