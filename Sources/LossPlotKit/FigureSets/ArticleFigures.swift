import LossFunctions

/// The tutorial article's figure set, figure by figure as the article draws them (ranges, samples, deltas), plus the gallery's extras.
public enum ArticleFigures {
    private static let deltas = [0.25, 0.5, 1, 2]

    private static func deltaCurves(_ loss: LossDefinition) -> [CurveSpec] {
        deltas.map { CurveSpec(loss: loss, label: "δ = \(ShortNumber.label($0))", parameters: [.delta: $0]) }
    }

    /// The article's 11 figures, in its order.
    public static let article: [FigureSpec] = [
        FigureSpec(name: "l1-l2", title: "L1 and L2 loss", xLabel: "prediction", yLabel: "loss",
                   range: [-1, 1], samples: 100,
                   curves: [CurveSpec(loss: .l1, label: "l1 loss", target: 0), CurveSpec(loss: .l2, label: "l2 loss", target: 0)],
                   legend: "best"),
        FigureSpec(name: "huber", title: "Huber loss", xLabel: "prediction", yLabel: "loss",
                   range: [-2, 2], samples: 200, curves: deltaCurves(.huber), legend: "best"),
        FigureSpec(name: "pseudo-huber", title: "Pseudo-Huber loss", xLabel: "prediction", yLabel: "loss",
                   range: [-2, 2], samples: 200, curves: deltaCurves(.pseudoHuber), legend: "best"),
        FigureSpec(name: "regression", title: "Regression losses", xLabel: "prediction", yLabel: "loss",
                   range: [-1, 1], samples: 500,
                   curves: [
                       CurveSpec(loss: .l2, label: "L2 Loss", target: 0, color: "blue", style: "solid"),
                       CurveSpec(loss: .l1, label: "L1 Loss", target: 0, color: "red", style: "dashed"),
                       CurveSpec(loss: .pseudoHuber, label: "P-Huber Loss (0.25)", target: 0, parameters: [.delta: 0.25], color: "black", style: "dash-dot"),
                       CurveSpec(loss: .pseudoHuber, label: "P-Huber Loss (5.0)", target: 0, parameters: [.delta: 5], color: "green", style: "dotted"),
                   ],
                   yLimits: [-0.2, 0.4], legend: "lower right", grid: true),
        FigureSpec(name: "msle", title: "MSLE against MSE (target 1)", xLabel: "prediction", yLabel: "loss",
                   range: [0, 4], samples: 200,
                   curves: [CurveSpec(loss: .l2, label: "MSE", target: 1), CurveSpec(loss: .msle, label: "MSLE", target: 1)],
                   legend: "best"),
        FigureSpec(name: "hinge", title: "Hinge losses (target 1)", xLabel: "score", yLabel: "loss",
                   range: [-3, 5], samples: 500,
                   curves: [CurveSpec(loss: .hinge, label: "hinge", target: 1), CurveSpec(loss: .squaredHinge, label: "squared hinge", target: 1)],
                   legend: "best"),
        FigureSpec(name: "binary-cross-entropy", title: "Binary cross-entropy", xLabel: "predicted probability", yLabel: "loss",
                   range: [0.001, 0.999], samples: 500,
                   curves: [CurveSpec(loss: .binaryCrossEntropy, label: "t = 1", target: 1),
                            CurveSpec(loss: .binaryCrossEntropy, label: "t = 0", target: 0)],
                   legend: "best"),
        FigureSpec(name: "sigmoid-cross-entropy", title: "Sigmoid cross-entropy", xLabel: "logit", yLabel: "loss",
                   range: [-5, 5], samples: 200,
                   curves: [CurveSpec(loss: .sigmoidCrossEntropy, label: "t = 1", target: 1),
                            CurveSpec(loss: .sigmoidCrossEntropy, label: "t = 0", target: 0)],
                   legend: "best"),
        FigureSpec(name: "classification", title: "Classification losses (target 1)", xLabel: "score", yLabel: "loss",
                   range: [-3, 5], samples: 500,
                   curves: [
                       CurveSpec(loss: .hinge, label: "Hinge Loss", target: 1, color: "blue", style: "solid"),
                       CurveSpec(loss: .binaryCrossEntropy, label: "Cross Entropy Loss", target: 1, color: "red", style: "dashed"),
                       CurveSpec(loss: .sigmoidCrossEntropy, label: "Cross Entropy Sigmoid Loss", target: 1, color: "black", style: "dash-dot"),
                       CurveSpec(loss: .weightedSigmoidCrossEntropy, label: "Weighted Cross Entropy Loss (x0.5)", target: 1,
                                 parameters: [.posWeight: 0.5], color: "green", style: "dotted"),
                   ],
                   yLimits: [-1.5, 3], legend: "lower right", grid: true),
        FigureSpec(name: "softmax-cross-entropy", title: "Softmax cross-entropy of logits (z, −3, 10)", xLabel: "first logit z",
                   yLabel: "loss", range: [-5, 15], samples: 500,
                   curves: [
                       CurveSpec(loss: .softmaxCrossEntropy, label: "target (0.1, 0.02, 0.88)", distribution: [0.1, 0.02, 0.88], rest: [-3, 10]),
                       CurveSpec(loss: .sparseSoftmaxCrossEntropy, label: "class 2", target: 2, rest: [-3, 10]),
                       CurveSpec(loss: .sparseSoftmaxCrossEntropy, label: "class 0", target: 0, rest: [-3, 10]),
                   ],
                   legend: "best"),
        FigureSpec(name: "kl-divergence", title: "Cross-entropy = entropy + KL, q = (0.3, 0.7)", xLabel: "p = (s, 1 − s): s",
                   yLabel: "nats", range: [0.01, 0.99], samples: 200,
                   curves: [
                       CurveSpec(loss: .klDivergence, label: "KL(q‖p)", distribution: [0.3, 0.7]),
                       CurveSpec(loss: .categoricalCrossEntropy, label: "cross-entropy H(q, p)", distribution: [0.3, 0.7]),
                       CurveSpec(loss: .entropy, label: "entropy H(q)", distribution: [0.3, 0.7]),
                   ],
                   legend: "best"),
    ]

    /// Barron's Figure 1: his general robust loss and its derivative for the shapes he shows.
    public static let barron = FigureSpec(
        name: "barron", title: "Barron's general robust loss (c = 1)", xLabel: "residual x", yLabel: "loss",
        range: [-6, 6], samples: 1000,
        curves: [-Double.infinity, -2, 0, 1, 2].map { CurveSpec(loss: .barron, label: "α = \(ShortNumber.label($0))", parameters: [.delta: 1, .alpha: $0]) },
        legend: "upper center", gradient: true)

    /// What `batch` renders by default: the article's 11 figures, then the gallery's extras.
    public static let gallery: [FigureSpec] = article + [barron] + GalleryFigures.figures
}
