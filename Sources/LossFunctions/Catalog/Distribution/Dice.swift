extension LossDefinition {
    /// The Dice loss: 1 - 2 Σ y x / (Σ y + Σ x).
    public static let dice = LossDefinition(
        name: "dice", aliases: ["dice-loss"], family: .distribution,
        x: "first predicted probability x_0 of a row whose other entries are fixed (--rest), against target masks y (defined for any x_0 >= 0)",
        formula: "1 - 2 sum_i y_i x_i / (sum_i y_i + sum_i x_i + epsilon)",
        inputDomain: .probability, targetDomain: .distribution,
        kernel: .row(.overlap(diceWeights)),
        properties: { p, target in .overlap(target, p, figureRest: overlapRest, weights: diceWeights) },
        conventions: "Keras dice with epsilon = 1e-7 in the denominator; eval pools the whole batch into one number, as Keras's default axis=None does",
        source: "keras/src/losses/losses.py dice; Milletari et al. 2016, V-Net",
        figure: FigureDefaults(range: [0, 1], samples: 201, distribution: overlapTarget, rest: overlapRest,
                               xLabel: "predicted probability x_0 (target y_0 = 1)"))

    /// Dice as an overlap loss: a = 2y, b = 1, c = y (c summed over the row gives Σy).
    @Sendable
    static func diceWeights(_ y: Double, _ p: ParameterValues) -> (a: Double, b: Double, c: Double) { (2 * y, 1, y) }

    /// The figure's target mask and the rest of its predicted row.
    static let overlapTarget: [Double] = [1, 0, 1, 0]
    static let overlapRest: [Double] = [0.2, 0.8, 0.1]
}
