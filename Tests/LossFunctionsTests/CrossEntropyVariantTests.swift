import Foundation
import Testing
import LossFunctions

/// poly-1 cross-entropy, nll, the generalized cross-entropy and label smoothing against CATALOG.md
/// B.7, the values of optax's PolyLossTest (google-deepmind/optax optax/losses/_classification_test.py),
/// Keras's losses_test.py (CategoricalGeneralizedCrossEntropyTest, BinaryCrossentropyTest and
/// CategoricalCrossentropyTest label smoothing), MLX's python/tests/test_losses.py and closed forms.
@Suite("Cross-entropy variants and label smoothing")
struct CrossEntropyVariantTests {
    static func perSample(_ loss: LossDefinition, _ values: [Double], epsilon: Double? = 1e-7,
                          pred: [[Double]], target: [[Double]]) -> [Double] {
        BatchLoss(loss, parameters: loss.values(values, epsilon: epsilon)).perSample(predictions: pred, targets: target)
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let e = z.map { exp($0 - z.max()!) }
        return e.map { $0 / e.reduce(0, +) }
    }

    @Test("optax PolyLossTest.test_batched, first row (logits [4, 2, 1], class 0): poly-1 of p_t", arguments: [
        (2.0, 0.4823), (1, 0.3261), (0, 0.1698), (-0.5, 0.0917), (1.15, 0.3495), (1.214, 0.3595), (5.45, 1.0211),
    ])
    func optaxPoly(epsilon: Double, expected: Double) {
        let pt = Self.softmax([4, 2, 1])[0]
        let curve = LossCurve(.poly1CrossEntropy, parameters: ParameterValues([.polyEpsilon: epsilon]), target: .scalar(1))
        #expect(isClose(curve.value(at: pt), expected, abs: 1e-4), "\(curve.value(at: pt))")
    }

    @Test("poly-1 is -log p_t + ε(1 - p_t), and for a soft target the two-class optax form")
    func polyClosedForm() {
        for p in [0.05, 0.3, 0.8, 0.999] {
            let curve = LossCurve(.poly1CrossEntropy, parameters: ParameterValues([.polyEpsilon: 2]), target: .scalar(1))
            // 1 - p_t is computed as t + p - 2tp, which cancels near p = 1.
            #expect(isClose(curve.value(at: p), -log(p) + 2 * (1 - p), rel: 1e-12))
            // labels (0.3, 0.7), probabilities (p, 1 - p): CE + ε Σ y_c (1 - p_c).
            let soft = LossCurve(.poly1CrossEntropy, parameters: ParameterValues([.polyEpsilon: 1.5]), target: .scalar(0.3))
            let expected = -(0.3 * log(p) + 0.7 * log(1 - p)) + 1.5 * (0.3 * (1 - p) + 0.7 * p)
            #expect(isClose(soft.value(at: p), expected, rel: 1e-14))
        }
    }

    @Test("MLX test_nll_loss: log-probabilities [[0, -inf], [-inf, 0]], classes [0, 1]: [0, 0]; -x_k otherwise")
    func nll() {
        let losses = Self.perSample(.nll, [], pred: [[0, -.infinity], [-.infinity, 0]], target: [[0], [1]])
        #expect(losses == [0, 0])
        let logp = [log(0.2), log(0.5), log(0.3)]
        #expect(Self.perSample(.nll, [], pred: [logp], target: [[1]]) == [-log(0.5)])
    }

    @Test("CategoricalGeneralizedCrossEntropyTest: two and three classes, q = 0.5 and 0.8")
    func kerasGCE() {
        let binary: [[Double]] = [[0.7, 0.3], [0.2, 0.8], [0.6, 0.4], [0.4, 0.6]]
        let three: [[Double]] = [[0.7, 0.3, 0], [0.2, 0.2, 0.6], [0.6, 0.4, 0], [0.2, 0.2, 0.6]]
        let classes: [[Double]] = [[0], [1], [0], [1]]
        for q in [0.5, 0.8] {
            let gce = { (p: Double) in (1 - pow(p, q)) / q }
            let expectedBinary = [0.7, 0.8, 0.6, 0.6].map(gce).reduce(0, +) / 4
            let expectedThree = [0.7, 0.2, 0.6, 0.2].map(gce).reduce(0, +) / 4
            let binaryMean = Reduction.mean.apply(Self.perSample(.generalizedCrossEntropy, [q], pred: binary, target: classes))[0]
            let threeMean = Reduction.mean.apply(Self.perSample(.generalizedCrossEntropy, [q], pred: three, target: classes))[0]
            #expect(isClose(binaryMean, expectedBinary, rel: 1e-14))
            #expect(isClose(threeMean, expectedThree, rel: 1e-14))
        }
    }

    @Test("GCE tends to the cross-entropy as q -> 0 and is 1 - p_y at q = 1")
    func gceLimits() {
        let curve = { (q: Double) in LossCurve(.generalizedCrossEntropy, parameters: ParameterValues([.q: q]), target: .row(.classIndex(0))) }
        for p in [0.1, 0.5, 0.9] {
            #expect(isClose(curve(1).value(at: p), 1 - p, rel: 1e-15))
            #expect(isClose(curve(1e-7).value(at: p), -log(p), rel: 1e-5))
        }
    }

    @Test("B.7 and MLX test_cross_entropy: logits [2, -1], class 0, ε = 0.3: 0.4985873515737421")
    func smoothedSoftmax() {
        let losses = Self.perSample(.softmaxCrossEntropy, [0.3], pred: [[2, -1], [-1, 2]], target: [[1, 0], [0, 1]])
        #expect(allClose(losses, [0.4985873515737421, 0.4985873515737421], rel: 1e-15), "\(losses)")
    }

    @Test("CategoricalCrossentropyTest.test_label_smoothing: logits [100, -100, -100], ε = 0.1: 400 ε / 3")
    func kerasSmoothedLogits() {
        let loss = Self.perSample(.softmaxCrossEntropy, [0.1], pred: [[100, -100, -100]], target: [[1, 0, 0]])[0]
        #expect(isClose(loss, 400 * 0.1 / 3, rel: 1e-14))
    }

    @Test("CategoricalCrossentropyTest.test_label_smoothing_with_axis: probabilities, ε = 0.1, three classes")
    func kerasSmoothedProbabilities() {
        let pred: [[Double]] = [[0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.1, 0.8, 0.1], [0.8, 0.1, 0.1]]
        let target: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 1, 0], [1, 0, 0]]
        // -sum(y_smoothed * log(y_pred)), y_smoothed = y (1 - 0.1) + 0.1 / 3.
        let expected = -((0.9 + 0.1 / 3) * log(0.8) + 2 * (0.1 / 3) * log(0.1))
        let losses = Self.perSample(.categoricalCrossEntropy, [0.1], pred: pred, target: target)
        #expect(allClose(losses, Array(repeating: expected, count: 4), rel: 1e-14), "\(losses)")
    }

    @Test("BinaryCrossentropyTest.test_label_smoothing: logits [10, -10, -10], y [1, 0, 1], ε = 0.1: (10 + 5 ε) / 3")
    func kerasSmoothedBinary() {
        let loss = Self.perSample(.sigmoidCrossEntropy, [0.1], pred: [[10, -10, -10]], target: [[1, 0, 1]])[0]
        #expect(isClose(loss, (10 + 5 * 0.1) / 3, abs: 1e-3))
        // The exact value: 0.5, 0.5 and 9.5 plus log(1 + e^-10) each.
        #expect(isClose(loss, 10.5 / 3 + log1p(exp(-10)), rel: 1e-14))
    }

    @Test("B.7: Keras BCE, ε = 0.3, y = 1, logit 2 (target 0.85): 0.42692801104297273, on logits and on probabilities")
    func catalogBinary() {
        let onLogit = Self.perSample(.sigmoidCrossEntropy, [0.3], pred: [[2]], target: [[1]])[0]
        #expect(isClose(onLogit, 0.42692801104297273, rel: 1e-15))
        let onProbability = Self.perSample(.binaryCrossEntropy, [0.3], pred: [[1 / (1 + exp(-2))]], target: [[1]])[0]
        #expect(isClose(onProbability, 0.42692801104297273, rel: 1e-14))
    }

    @Test("Keras smooths the target before clipping p: y = 1, p = 1, ε = 0.2")
    func smoothingBeforeClip() {
        let loss = Self.perSample(.binaryCrossEntropy, [0.2], pred: [[1]], target: [[1]])[0]
        // numpy: -(0.9 * np.log(q) + 0.1 * np.log(1 - q)), q = np.clip(1.0, 1e-7, 1 - 1e-7).
        let q = 1 - 1e-7
        #expect(isClose(loss, -(0.9 * log(q) + 0.1 * log(1 - q)), rel: 1e-14))
    }
}
