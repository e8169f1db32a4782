import Foundation
import Testing
import LossFunctions

/// The ranking and embedding losses and PyTorch's Gaussian and Poisson NLL against MLX's
/// python/tests/test_losses.py (ml-explore/mlx; mx.allclose: rtol 1e-5, atol 1e-8), CATALOG.md B.9,
/// B.10 and B.12, and closed forms.
@Suite("Ranking, embedding and likelihood losses")
struct RankingLossTests {
    static func value(_ loss: LossDefinition, _ values: [Double], _ x: Double, _ t: Double = 0) -> Double {
        LossCurve(loss, parameters: loss.values(values), target: .scalar(t)).value(at: x)
    }

    static func mlxClose(_ a: Double, _ b: Double) -> Bool { isClose(a, b, rel: 1e-5, abs: 1e-8) }

    @Test("MLX test_margin_ranking_loss: margins 0 and 0.5")
    func marginRanking() {
        let x1 = [-0.573409, -0.765166, -0.0638], x2 = [0.75596, 0.225763, 0.256995], y = [1.0, 1, -1]
        let expected: [Double: [Double]] = [0: [1.329369, 0.990929, 0], 0.5: [1.829369, 1.490929, 0.179205]]
        for (margin, values) in expected {
            for i in 0..<3 {
                #expect(Self.mlxClose(Self.value(.marginRanking, [margin], x1[i] - x2[i], y[i]), values[i]))
            }
        }
    }

    @Test("MLX test_triplet_loss (p = 2, eps 1e-6 inside the root): [0, 2.31662]; B.12 with p = 1: 0")
    func triplet() {
        let first = sqrt(27 + 1e-6) - sqrt(108 + 1e-6), second = sqrt(11 + 1e-6) - sqrt(4 + 1e-6)
        #expect(Self.value(.tripletMargin, [1], first) == 0)
        #expect(Self.mlxClose(Self.value(.tripletMargin, [1], second), 2.31662))
        #expect(Self.value(.tripletMargin, [1], 2 - 3) == 0)
    }

    @Test("hinge-embedding: x for y = 1, max(0, margin - x) for y = -1 (and a label 0 read as -1)")
    func hingeEmbedding() {
        #expect(Self.value(.hingeEmbedding, [1], 0.3, 1) == 0.3)
        #expect(Self.value(.hingeEmbedding, [1], 0.3, -1) == 0.7)
        #expect(Self.value(.hingeEmbedding, [1], 0.3, 0) == 0.7)
        #expect(Self.value(.hingeEmbedding, [1], 1.7, -1) == 0)
        #expect(Self.value(.hingeEmbedding, [2], 0.5, -1) == 1.5)
    }

    @Test("contrastive (Hadsell et al. eq. 4): d²/2 similar, max(0, m - d)²/2 dissimilar")
    func contrastive() {
        #expect(Self.value(.contrastive, [1], 0.5, 1) == 0.125)
        #expect(Self.value(.contrastive, [1], 0.5, 0) == 0.125)
        #expect(Self.value(.contrastive, [1], 1.5, 0) == 0)
        #expect(Self.value(.contrastive, [2], 0.5, 0) == 1.125)
        #expect(isClose(Self.value(.contrastive, [1], 0.5, 0.4), 0.4 * 0.125 + 0.6 * 0.125, rel: 1e-15))
    }

    @Test("B.10: a = [1, 0], b = [1, 1] (45 degrees): Keras -0.7071067811865475, distance 0.29289321881345254")
    func cosine() {
        #expect(isClose(Self.value(.cosineSimilarity, [], 45), -0.7071067811865475, rel: 1e-15))
        #expect(isClose(Self.value(.cosineDistance, [], 45), 0.29289321881345254, rel: 1e-14))
        #expect(Self.value(.cosineSimilarity, [], 0) == -1)
        #expect(Self.value(.cosineSimilarity, [], 180) == 1)
        #expect(isClose(Self.value(.cosineDistance, [], 90), 1, rel: 1e-15))
    }

    @Test("MLX test_cosine_similarity_loss: +cos [0.985344, 0.961074], so Keras's loss is their negation")
    func mlxCosine() {
        let pairs: [([Double], [Double], Double)] = [
            ([0.5, 0.5, 0.2, 0.9], [0.6, 0.4, 0.3, 0.8], 0.985344), ([0.1, 0.3, 0.5, 0.5], [0.2, 0.5, 0.6, 0.4], 0.961074),
        ]
        for (a, b, mlx) in pairs {
            let dot = zip(a, b).map(*).reduce(0, +)
            let norms = sqrt(a.map { $0 * $0 }.reduce(0, +)) * sqrt(b.map { $0 * $0 }.reduce(0, +))
            let degrees = acos(dot / norms) * 180 / .pi
            #expect(Self.mlxClose(Self.value(.cosineSimilarity, [], degrees), -mlx))
            // MLX prints six decimals: 1 - cos keeps them as an absolute error.
            #expect(isClose(Self.value(.cosineDistance, [], degrees), 1 - mlx, abs: 1e-6))
        }
    }

    @Test("MLX test_gaussian_nll_loss: per element, full=False, and full=True less log(2π)/2")
    func gaussianNLL() {
        let inputs = [0.1, 0.2, 0.3, 0.4], targets = [0.2, 0.1, 0.1, 0.2], variances = [0.1, 0.2, 0.3, 0.4]
        let plain = [-1.101293, -0.779719, -0.535320, -0.408145], full = [-0.182354, 0.139220, 0.383619, 0.510793]
        for i in 0..<4 {
            let v = Self.value(.gaussianNLL, [variances[i]], inputs[i], targets[i])
            #expect(Self.mlxClose(v, plain[i]), "\(v)")
            #expect(Self.mlxClose(v + log(2 * .pi) / 2, full[i]))
        }
        // PyTorch clamps the variance at 1e-6.
        #expect(Self.value(.gaussianNLL, [0], 0.001) == Self.value(.gaussianNLL, [1e-6], 0.001))
    }

    @Test("B.9: PyTorch PoissonNLLLoss default (log_input), y = 2, x = 1.5: 1.4816890703380645")
    func poissonNLL() {
        #expect(isClose(Self.value(.poissonNLL, [], 1.5, 2), 1.4816890703380645, rel: 1e-15))
        #expect(Self.value(.poissonNLL, [], 0, 3) == 1)
    }
}
