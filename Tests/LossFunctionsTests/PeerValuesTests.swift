import Foundation
import Testing
import LossFunctions

/// Values published by optax's loss tests, PyTorch's nn tests, scipy.special's documentation and
/// the project's own FIGURES.md.
@Suite("optax, PyTorch, scipy and FIGURES.md values")
struct PeerValuesTests {
    // MARK: optax (google-deepmind/optax, optax/losses/_regression_test.py and _classification_test.py)

    @Test("optax HuberLossTest: ys, ts -> [1.5, 0.5, 0, 0.125, 0.5, 1.5, 131.2] (delta 1)")
    func optaxHuber() {
        let ys = [-2.0, 0.5, 0.0, 0.5, 2.0, 4.0, 132.0]
        let ts = [0.0, -0.5, 0.0, 1.0, 1.0, 2.0, 0.3]
        let loss = ElementwiseLoss(.huber, parameters: LossParameters(delta: 1))
        let values = zip(ys, ts).map { loss.value(prediction: $0, target: $1) }
        // optax asserts with assert_allclose's default rtol 1e-7; the values are exact decimals.
        #expect(allClose(values, [1.5, 0.5, 0.0, 0.125, 0.5, 1.5, 131.2], rel: 1e-14), "\(values)")
    }

    @Test("optax SquaredErrorTest and L2LossTest: (t - y)^2, and l2_loss = half of it")
    func optaxSquaredError() {
        let ys = [-2.0, -1.0, 0.5, 1.0]
        let ts = [-1.5, 0.0, -1.0, 1.0]
        let l2 = ElementwiseLoss(.l2)
        let values = zip(ys, ts).map { l2.value(prediction: $0, target: $1) }
        // Our L2 is the squared error (FIGURES.md: no 1/2); optax's l2_loss is 0.5 * that.
        #expect(values == [0.25, 1.0, 2.25, 0.0])
        let huberLarge = ElementwiseLoss(.huber, parameters: LossParameters(delta: 1e6))
        #expect(zip(ys, ts).map { huberLarge.value(prediction: $0, target: $1) } == values.map { 0.5 * $0 })
    }

    @Test("optax LogCoshTest: values computed with tf.keras log_cosh (atol 1e-5)")
    func optaxLogCosh() {
        let ys = [500.0, -2.0, -1.0, 0.5, 1.0]
        let ts = [-200.0, -1.5, 0.0, -1.0, 1.0]
        let loss = ElementwiseLoss(.logCosh)
        let values = zip(ys, ts).map { loss.value(prediction: $0, target: $1) }
        #expect(numpyAllClose(values, [699.3068, 0.12011445, 0.4337809, 0.85544014, 0.0], atol: 1e-5), "\(values)")
        let ysOnly = ys.map { loss.value(prediction: $0, target: 0) }
        #expect(numpyAllClose(ysOnly, [499.30685, 1.3250027, 0.4337809, 0.12011451, 0.43378082], atol: 1e-5), "\(ysOnly)")
        // float64: np.log(np.cosh([700, -0.5, -1, 1.5, 0]))
        #expect(allClose(values, [699.30685281944011, 0.12011450695827745, 0.43378083048302712,
                                  0.85544017101379666, 0.0], rel: 1e-14), "\(values)")
    }

    @Test("optax SoftmaxCrossEntropyTest: [9.00013, 3.0696733] (atol 1e-4)")
    func optaxSoftmaxCrossEntropy() {
        let ys: [[Double]] = [[10, 1, -2], [1, 4, 0.2]]
        let ts: [[Double]] = [[0, 1, 0], [1, 0, 0]]
        let loss = DistributionLoss(.softmaxCrossEntropy)
        let values = zip(ys, ts).map { loss.value($0, target: .distribution($1)) }
        #expect(numpyAllClose(values, [9.00013, 3.0696733], atol: 1e-4), "\(values)")
        // float64: -np.sum(t * (y - logsumexp(y, axis=1, keepdims=True)), axis=1)
        #expect(allClose(values, [9.000129545625043, 3.069673290824963], rel: 1e-14), "\(values)")
        // SoftmaxCrossEntropyWithIntegerLabelsTest: labels [1, 0] agree with the one-hot targets.
        let sparse = DistributionLoss(.sparseSoftmaxCrossEntropy)
        let fromIndices = zip(ys, [1, 0]).map { sparse.value($0, target: .classIndex($1)) }
        #expect(allClose(fromIndices, values, rel: 1e-6))
    }

    struct SigmoidCase: Sendable, CustomTestStringConvertible {
        let preds: [Double]
        let labels: [Double]
        let expected: Double
        var testDescription: String { "preds \(preds), labels \(labels) -> \(expected)" }
    }

    /// optax SigmoidCrossEntropyTest.test_sigmoid_cross_entropy's parameter table, verbatim.
    static let sigmoidTable: [SigmoidCase] = [
        .init(preds: [-1e09, -1e-09], labels: [1, 0], expected: 5e08),
        .init(preds: [-1e09, -1e-09], labels: [0, 1], expected: 0.3465736),
        .init(preds: [1e09, 1e-09], labels: [1, 0], expected: 0.3465736),
        .init(preds: [1e09, 1e-09], labels: [0, 1], expected: 5e08),
        .init(preds: [-1e09, 1e-09], labels: [1, 0], expected: 5e08),
        .init(preds: [-1e09, 1e-09], labels: [0, 1], expected: 0.3465736),
        .init(preds: [1e09, -1e-09], labels: [1, 0], expected: 0.3465736),
        .init(preds: [1e09, -1e-09], labels: [0, 1], expected: 5e08),
        .init(preds: [0, 0], labels: [1, 0], expected: 0.6931472),
        .init(preds: [0, 0], labels: [0, 1], expected: 0.6931472),
    ]

    @Test("optax SigmoidCrossEntropyTest table (mean over the pair, rtol 1e-6, atol 1e-6)", arguments: sigmoidTable)
    func optaxSigmoidCrossEntropy(_ row: SigmoidCase) {
        let mean = kerasMean(.sigmoidCrossEntropy, predictions: [row.preds], targets: [row.labels])
        #expect(numpyAllClose([mean], [row.expected], rtol: 1e-6, atol: 1e-6), "\(mean)")
        // Each element exactly: the logit of size 1e9 on the wrong side costs exactly 1e9, on the
        // right side exactly 0; the tiny logit costs log 2 to within 1e-9.
        let loss = ElementwiseLoss(.sigmoidCrossEntropy)
        let big = loss.value(prediction: row.preds[0], target: row.labels[0])
        let wrongSide = (row.preds[0] > 0) != (row.labels[0] == 1)
        if Swift.abs(row.preds[0]) == 1e9 {
            #expect(big == (wrongSide ? 1e9 : 0))
        }
        let small = loss.value(prediction: row.preds[1], target: row.labels[1])
        #expect(isClose(small, M_LN2, abs: 1e-9), "\(small)")
    }

    @Test("optax KLDivergenceTest: log-probabilities log_ps against qs -> [0.8875577, 0.7592807] (atol 1e-4)")
    func optaxKLDivergence() {
        let logPs: [[Double]] = [[-2.9957, -3.5066, -3.9120, -1.2040, -0.6931, -2.3026],
                                 [-1.6094, -1.6094, -1.6094, -2.3026, -1.8971, -1.8971]]
        let qs: [[Double]] = [[0.2, 0.2, 0.2, 0.1, 0.15, 0.15], [0.05, 0.03, 0.02, 0.3, 0.5, 0.0]]
        // Our KL reads probabilities: p = exp(log_ps). The 0.0 target exercises 0 * log 0 = 0.
        let loss = DistributionLoss(.klDivergence)
        let values = zip(logPs, qs).map { loss.value($0.map { Foundation.exp($0) }, target: .distribution($1)) }
        #expect(numpyAllClose(values, [0.8875577, 0.7592807], atol: 1e-4), "\(values)")
        // float64: np.sum(xlogy(qs, qs) - qs * log_ps, axis=1)
        #expect(allClose(values, [0.8875577477743708, 0.7592807577163845], rel: 1e-13), "\(values)")
    }

    // MARK: PyTorch (pytorch/pytorch test/test_nn.py, and its copy in test/test_mps.py)

    @Test("PyTorch test_smooth_l1_loss_vs_huber_loss: smooth_l1 * beta == huber(delta = beta)",
          arguments: [0.5, 1.0, 1.5])
    func smoothL1VersusHuber(beta: Double) {
        let smooth = ElementwiseLoss(.smoothL1, parameters: LossParameters(beta: beta))
        let huber = ElementwiseLoss(.huber, parameters: LossParameters(delta: beta))
        let sweep = Sweep(-4, 4, count: 161)
        for i in 0..<sweep.count {
            let x = sweep.x(i)
            let s = smooth.value(prediction: x, target: 0.25)
            let h = huber.value(prediction: x, target: 0.25)
            if beta == 1 {
                #expect(s == h, "x = \(x)")  // require_equal when beta is one
            } else {
                #expect(isClose(s * beta, h, rel: fewUlps, abs: 1e-300), "x = \(x): \(s * beta) vs \(h)")
            }
        }
    }

    @Test("PyTorch test_bce_with_logits_has_correct_grad_at_zero: gradient 0.5 at logit 0, target 0")
    func bceWithLogitsGradientAtZero() {
        #expect(ElementwiseLoss(.sigmoidCrossEntropy).derivative(prediction: 0, target: 0) == 0.5)
        // test_bce_with_logits_with_pos_weight_has_correct_grad_at_zero: pos_weight 1, same gradient.
        let weighted = ElementwiseLoss(.weightedSigmoidCrossEntropy, parameters: LossParameters(posWeight: 1))
        #expect(weighted.derivative(prediction: 0, target: 0) == 0.5)
    }

    @Test("PyTorch test_bce_with_logits_stability: logits [0, -120], targets [0, 1] stay finite")
    func bceWithLogitsStability() {
        for kind in [LossKind.sigmoidCrossEntropy, .weightedSigmoidCrossEntropy] {
            let loss = ElementwiseLoss(kind, parameters: LossParameters(posWeight: 1))
            // Closed form: log(1 + e^0) = log 2; 120 + log1p(e^-120) rounds to exactly 120.
            #expect(isClose(loss.value(prediction: 0, target: 0), M_LN2, rel: fewUlps))
            #expect(loss.value(prediction: -120, target: 1) == 120)
        }
    }

    @Test("PyTorch test_bce_with_logits_gives_same_result_as_sigmoid_and_bce_loss")
    func sigmoidThenBinaryCrossEntropy() {
        let logits = ElementwiseLoss(.sigmoidCrossEntropy)
        let probabilities = ElementwiseLoss(.binaryCrossEntropy)
        for z in stride(from: -6.0, through: 6.0, by: 0.25) {
            for t in [0.0, 0.3, 1.0] {
                let p = 1 / (1 + Foundation.exp(-z))
                let a = logits.value(prediction: z, target: t)
                let b = probabilities.value(prediction: p, target: t)
                #expect(isClose(a, b, rel: 1e-12, abs: 1e-14), "z = \(z), t = \(t): \(a) vs \(b)")
            }
        }
    }

    // MARK: scipy.special.huber and pseudo_huber docstring examples (scipy/special/_add_newdocs.py)

    @Test("scipy.special.huber examples: huber(1, 2) = 1.5; huber([1, 3, 5], 4); huber(2, [1, 1.5, 3])")
    func scipyHuber() {
        func huber(_ delta: Double, _ r: Double) -> Double {
            ElementwiseLoss(.huber, parameters: LossParameters(delta: delta)).value(prediction: r, target: 0)
        }
        #expect(huber(1, 2) == 1.5)
        #expect([1.0, 3.0, 5.0].map { huber($0, 4) } == [3.5, 7.5, 8.0])
        #expect([1.0, 1.5, 3.0].map { huber(2, $0) } == [0.5, 1.125, 4.0])
    }

    @Test("scipy.special.pseudo_huber examples: pseudo_huber(1, 2) = 1.2360679774997898; ...")
    func scipyPseudoHuber() {
        func pseudoHuber(_ delta: Double, _ r: Double) -> Double {
            ElementwiseLoss(.pseudoHuber, parameters: LossParameters(delta: delta)).value(prediction: r, target: 0)
        }
        // sqrt(5) - 1; scipy's docstring prints ...898, scipy 1.17 returns ...896: one ulp apart.
        #expect(isClose(pseudoHuber(1, 2), 1.2360679774997898, rel: fewUlps))
        let byDelta = [1.0, 2.0, 4.0].map { pseudoHuber($0, 3) }
        #expect(allClose(byDelta, [2.16227766, 3.21110255, 4.0], rel: 0, abs: 5e-9), "\(byDelta)")
        let byResidual = [1.0, 1.5, 3.0, 4.0].map { pseudoHuber(2, $0) }
        #expect(allClose(byResidual, [0.47213595, 1.0, 3.21110255, 4.94427191], rel: 0, abs: 5e-9), "\(byResidual)")
        // Exact cases: 16 (sqrt(1 + 9/16) - 1) = 4 and 4 (sqrt(1 + 9/16) - 1) = 1.
        #expect(isClose(byDelta[2], 4, rel: fewUlps))
        #expect(isClose(byResidual[1], 1, rel: fewUlps))
    }

    // MARK: FIGURES.md

    @Test("FIGURES.md: softmax cross-entropy of (1, -3, 10) is 1.16012566 against (0.1, 0.02, 0.88), 0.00012566 against class 2")
    func figuresSoftmaxValues() {
        let logits = [1.0, -3.0, 10.0]
        let dense = DistributionLoss(.softmaxCrossEntropy).value(logits, target: .distribution([0.1, 0.02, 0.88]))
        let sparse = DistributionLoss(.sparseSoftmaxCrossEntropy).value(logits, target: .classIndex(2))
        #expect(Swift.abs(dense - 1.16012566) < 5e-9, "\(dense)")
        #expect(Swift.abs(sparse - 0.00012566) < 5e-9, "\(sparse)")
        // float64: np.sum(q * (logsumexp(z) - z)); logsumexp(z) - z[2]
        #expect(isClose(dense, 1.1601256622376646, rel: 1e-14))
        #expect(isClose(sparse, 0.00012566223766441453, rel: 1e-11))
        // The figure's curves at z = 1 through LossCurve (first logit swept, (-3, 10) fixed).
        let curve = LossCurve(.softmaxCrossEntropy, target: .row(.distribution([0.1, 0.02, 0.88])), rest: [-3, 10])
        #expect(curve.value(at: 1) == dense)
        let classCurve = LossCurve(.sparseSoftmaxCrossEntropy, target: .row(.classIndex(2)), rest: [-3, 10])
        #expect(classCurve.value(at: 1) == sparse)
    }

    @Test("FIGURES.md kl-divergence figure: cross-entropy H(q, p) = H(q) + KL(q || p)")
    func crossEntropyIsEntropyPlusKL() {
        let q = [0.3, 0.7]
        for s in stride(from: 0.01, through: 0.99, by: 0.01) {
            let p = [s, 1 - s]
            let crossEntropy = DistributionLoss(.categoricalCrossEntropy).value(p, target: .distribution(q))
            let entropy = DistributionLoss(.entropy).value(p, target: .distribution(q))
            let kl = DistributionLoss(.klDivergence).value(p, target: .distribution(q))
            #expect(isClose(crossEntropy, entropy + kl, rel: 1e-13, abs: 1e-15), "s = \(s)")
        }
        // Closed form: H((0.3, 0.7)) = -(0.3 log 0.3 + 0.7 log 0.7)
        let h = DistributionLoss(.entropy).value([0.5, 0.5], target: .distribution(q))
        #expect(isClose(h, -(0.3 * Foundation.log(0.3) + 0.7 * Foundation.log(0.7)), rel: fewUlps))
    }
}
