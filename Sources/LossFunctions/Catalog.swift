import Platform

/// The registry of every loss: the one list that commands, figures and tests read.
public enum Catalog {
    /// Every loss, grouped by family in the order `loss-plot list` shows them.
    public static let all: [LossDefinition] = [
        // Distance
        .l1, .l2, .huber, .pseudoHuber, .logCosh, .smoothL1, .quantile, .tukey, .barron, .charbonnier, .cauchy,
        .gemanMcClure, .welsch, .msle,
        .epsilonInsensitive, .squaredEpsilonInsensitive, .lpDistance, .logitDistance, .periodic, .mape,
        .gaussianNLL,
        // Margin
        .hinge, .squaredHinge,
        .zeroOne, .perceptron, .logistic, .binomialDeviance, .exponential, .modifiedHuber, .smoothedHinge, .l2Margin, .sigmoidMargin, .dwd,
        // Probability
        .binaryCrossEntropy, .sigmoidCrossEntropy, .weightedSigmoidCrossEntropy, .poisson,
        .focal, .sigmoidFocal, .poly1CrossEntropy, .poissonNLL,
        // Distribution
        .softmaxCrossEntropy, .sparseSoftmaxCrossEntropy, .categoricalCrossEntropy, .sparseCategoricalCrossEntropy,
        .klDivergence, .entropy,
        .nll, .generalizedCrossEntropy, .categoricalFocal, .multiclassHinge, .categoricalHinge, .dice, .tversky,
        // Ranking
        .marginRanking, .hingeEmbedding, .tripletMargin, .contrastive, .cosineSimilarity, .cosineDistance,
    ]

    private static let byName: [String: LossDefinition] = {
        var table: [String: LossDefinition] = [:]
        for loss in all {
            for name in [loss.name] + loss.aliases {
                precondition(table[name] == nil, "two losses are named '\(name)'")
                table[name] = loss
            }
        }
        return table
    }()

    /// Looks a loss up by its name or an alias, ignoring case and taking underscores for dashes.
    public static func named(_ name: String) -> LossDefinition? {
        byName[name.lowercased().replacing("_", with: "-")]
    }

    /// Every name and alias.
    public static var names: [String] {
        all.flatMap { [$0.name] + $0.aliases }
    }
}
