extension LossDefinition {
    /// The Tversky loss: 1 - TP/(TP + α FP + β FN).
    public static let tversky = LossDefinition(
        name: "tversky", aliases: ["tversky-loss"], family: .distribution,
        x: "first predicted probability x_0 of a row whose other entries are fixed (--rest), against target masks y (defined for any x_0 >= 0)",
        parameters: [
            ParameterSpec(.alpha, default: 0.5, range: .nonNegative),
            ParameterSpec(.beta, default: 0.5, figure: [0.2, 0.5, 0.8], range: .nonNegative),
        ],
        formula: "1 - TP / (TP + α FP + β FN + epsilon), TP = sum y x, FP = sum (1 - y) x, FN = sum y (1 - x)",
        inputDomain: .probability, targetDomain: .distribution,
        kernel: .row(.overlap(tverskyWeights)),
        properties: { p, target in .overlap(target, p, figureRest: overlapRest, weights: tverskyWeights) },
        conventions: "Salehi's (α weighs false positives, β false negatives; α = β = 1/2 is Dice) with epsilon = 1e-7; Keras 3.15's Tversky weighs the other way (its alpha multiplies Σ(1 - x)·y), so --framework keras and plain eval give Keras's number; eval pools the whole batch into one number, as Keras's default axis=None does",
        source: "Salehi et al. 2017, Tversky loss function for image segmentation; keras/src/losses/losses.py tversky",
        figure: FigureDefaults(range: [0, 1], samples: 201, distribution: overlapTarget, rest: overlapRest,
                               xLabel: "predicted probability x_0 (target y_0 = 1)"))

    /// Tversky as an overlap loss: D = TP + α FP + β (Σy - TP), so b = (1 - β) y + α (1 - y), c = β y.
    @Sendable
    static func tverskyWeights(_ y: Double, _ p: ParameterValues) -> (a: Double, b: Double, c: Double) {
        (y, (1 - p[.beta]) * y + p[.alpha] * (1 - y), p[.beta] * y)
    }
}
