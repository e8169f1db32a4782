import LossFunctions
import Plotting
import Platform

/// The figures of a textbook gallery of losses that the catalog's losses already draw (the README's Gallery section shows them).
public enum GalleryFigures {
    /// -log p against p on a log x axis: a straight line, slope -ln 10 a decade.
    public static let logLossLogScale = FigureSpec(
        name: "log-loss-log-scale", title: "−log p is a straight line on a log axis", xLabel: "predicted probability p",
        yLabel: "loss", range: [1e-6, 1], samples: 200,
        curves: [CurveSpec(loss: .binaryCrossEntropy, label: "binary cross-entropy, t = 1", target: 1)],
        legend: "upper right", grid: true, xScale: "log")

    /// The M-estimators of robust statistics, ρ beside its influence function ψ = ρ′, at the constants
    /// that give 95% efficiency under normal errors (Huber 1.345, Cauchy 2.3849, Tukey 4.685, Welsch
    /// 2.9846; Geman-McClure has none, c = 1). Each ρ is the catalog's, so Cauchy, Geman-McClure and
    /// Welsch are Barron's normalisations of them.
    public static let redescending = FigureSpec(
        name: "redescending-losses", title: "Robust M-estimators: ρ and its influence function ψ = ρ′", xLabel: "residual r",
        yLabel: "ρ(r)", range: [-6, 6], samples: 1000,
        curves: [
            CurveSpec(loss: .huber, label: "Huber (c = 1.345)", parameters: [.delta: 1.345]),
            CurveSpec(loss: .cauchy, label: "Cauchy (c = 2.3849)", parameters: [.delta: 2.3849]),
            CurveSpec(loss: .tukey, label: "Tukey biweight (c = 4.685)", parameters: [.delta: 4.685]),
            CurveSpec(loss: .welsch, label: "Welsch (c = 2.9846)", parameters: [.delta: 2.9846]),
            CurveSpec(loss: .gemanMcClure, label: "Geman-McClure (c = 1)", parameters: [.delta: 1]),
        ],
        legend: "upper center", gradient: true)

    /// scikit-learn's "SGD: convex loss functions" (examples/linear_model/plot_sgd_loss_functions.py):
    /// its colours, line width 2 and y limits; 801 samples instead of its 100, so that the zero-one
    /// step, which the example draws as a polyline, is vertical here too.
    public static let sgdConvexLosses = FigureSpec(
        name: "sgd-convex-losses", xLabel: "Decision function f(x)", yLabel: "L(y=1, f(x))", range: [-4, 4], samples: 801,
        curves: [
            CurveSpec(loss: .zeroOne, label: "Zero-one loss", target: 1, color: "gold", lineWidth: 2),
            CurveSpec(loss: .hinge, label: "Hinge loss", target: 1, color: "teal", lineWidth: 2),
            CurveSpec(loss: .perceptron, label: "Perceptron loss", target: 1, color: "yellowgreen", lineWidth: 2),
            CurveSpec(loss: .logistic, label: "Log loss", target: 1, color: "cornflowerblue", lineWidth: 2, factor: 1 / M_LN2),
            CurveSpec(loss: .squaredHinge, label: "Squared hinge loss", target: 1, color: "orange", lineWidth: 2),
            CurveSpec(loss: .modifiedHuber, label: "Modified Huber loss", target: 1, color: "darkorchid", style: "dashed", lineWidth: 2),
        ],
        yLimits: [0, 8], legend: "upper right")

    /// ESL's Figure 10.4: loss functions for two-class classification over the margin y·f, the
    /// binomial deviance scaled by 1/ln 2 to pass through (0, 1) as in the book.
    public static let marginLosses = FigureSpec(
        name: "margin-losses", title: "Loss functions for two-class classification (ESL Figure 10.4)", xLabel: "y·f",
        yLabel: "loss", range: [-2, 2], samples: 801,
        curves: [
            CurveSpec(loss: .zeroOne, label: "Misclassification", target: 1),
            CurveSpec(loss: .exponential, label: "Exponential", target: 1),
            CurveSpec(loss: .binomialDeviance, label: "Binomial Deviance", target: 1, factor: 1 / M_LN2),
            CurveSpec(loss: .l2Margin, label: "Squared Error", target: 1),
            CurveSpec(loss: .hinge, label: "Support Vector", target: 1),
        ],
        yLimits: [0, 3], legend: "upper right")

    /// LossFunctions.jl's distance-loss plates: each loss beside its derivative.
    public static let robustLosses = FigureSpec(
        name: "robust-losses", title: "Distance losses and their derivatives", xLabel: "residual r", yLabel: "loss",
        range: [-3, 3], samples: 601,
        curves: [
            CurveSpec(loss: .l1, label: "L1"),
            CurveSpec(loss: .l2, label: "L2"),
            CurveSpec(loss: .huber, label: "Huber (δ = 1)", parameters: [.delta: 1]),
            CurveSpec(loss: .logCosh, label: "log-cosh"),
            CurveSpec(loss: .pseudoHuber, label: "pseudo-Huber (δ = 1)", parameters: [.delta: 1]),
            CurveSpec(loss: .epsilonInsensitive, label: "ε-insensitive (ε = 1)", parameters: [.width: 1]),
        ],
        yLimits: [0, 4], legend: "upper center", gradient: true)

    /// The Hessians gradient-boosting libraries use: loss, first and second derivative. Sigmoid
    /// cross-entropy shares the panels, over the logit z for a label 1.
    public static let secondDerivatives = FigureSpec(
        name: "second-derivatives", title: "Losses, gradients and Hessians", xLabel: "residual r (logit z for the cross-entropy)",
        yLabel: "loss", range: [-3, 3], samples: 601,
        curves: [
            CurveSpec(loss: .l2, label: "L2"),
            CurveSpec(loss: .huber, label: "Huber (δ = 1)", parameters: [.delta: 1]),
            CurveSpec(loss: .pseudoHuber, label: "pseudo-Huber (δ = 1)", parameters: [.delta: 1]),
            CurveSpec(loss: .logCosh, label: "log-cosh"),
            CurveSpec(loss: .sigmoidCrossEntropy, label: "sigmoid CE (t = 1)", target: 1),
        ],
        legend: "upper center", derivatives: [1, 2])

    /// Where frameworks part on binary cross-entropy near p = 0: Keras clips p at 1e-7 (a plateau
    /// at 16.118), PyTorch clamps log p at -100 (reached only below e^-100).
    public static let frameworksBCE = FigureSpec(
        name: "frameworks-bce", title: "Binary cross-entropy near p = 0, t = 1: what each framework computes",
        xLabel: "predicted probability p", yLabel: "loss", range: [1e-12, 1e-3], samples: 400,
        curves: [
            CurveSpec(loss: .binaryCrossEntropy, label: "exact −log p", target: 1, color: "black", lineWidth: 3),
            CurveSpec(loss: .binaryCrossEntropy, label: "Keras (clips p to 1e-7)", target: 1, color: "C1", lineWidth: 2,
                      framework: .keras),
            CurveSpec(loss: .binaryCrossEntropy, label: "PyTorch (clamps log p at −100)", target: 1, color: "C2",
                      style: "dashed", lineWidth: 2, framework: .pytorch),
        ],
        legend: "upper right", grid: true, xScale: "log")

    /// Lin, Goyal, Girshick, He and Dollár, "Focal Loss for Dense Object Detection" (ICCV 2017),
    /// Figure 1: FL = -(1 - p_t)^γ log p_t over the probability of the ground-truth class, with the
    /// well-classified examples (p_t > 0.6) shaded as in the paper.
    public static let focalLoss = FigureSpec(
        name: "focal-loss", title: "Focal loss (Lin et al. 2017, Figure 1)", xLabel: "probability of ground truth class",
        yLabel: "loss", range: [0, 1], samples: 500,
        curves: [0, 0.5, 1, 2, 5].map { gamma in
            CurveSpec(loss: .focal, label: gamma == 0 ? "γ = 0 (cross-entropy)" : "γ = \(ShortNumber.label(gamma))", target: 1,
                      parameters: [.gamma: gamma])
        },
        yLimits: [0, 5], legend: "center right", spans: [Span(lower: 0.6, upper: 1, label: "well-classified examples")])

    /// Cross-entropy of softmax(z, 0) against class 0 with label smoothing (Szegedy et al. 2016;
    /// Müller, Kornblith and Hinton 2019): smoothing gives the loss a finite minimiser,
    /// z = log((1 - ε/2) / (ε/2)).
    public static let labelSmoothing = FigureSpec(
        name: "label-smoothing", title: "Cross-entropy with label smoothing, logits (z, 0), true class 0",
        xLabel: "true class's logit z", yLabel: "loss", range: [-4, 10], samples: 500,
        curves: [0, 0.1, 0.2, 0.3].map { eps in
            CurveSpec(loss: .softmaxCrossEntropy, label: "ε = \(ShortNumber.label(eps))", distribution: [1, 0], rest: [0],
                      parameters: [.labelSmoothing: eps])
        },
        legend: "best")

    /// In the order `batch` renders them, after the article's and Barron's.
    public static let figures = [logLossLogScale, redescending, sgdConvexLosses, focalLoss, marginLosses, robustLosses,
                                 secondDerivatives, labelSmoothing, frameworksBCE]
}
