import Testing
import LossFunctions

/// Values published by Keras's own test suite, keras-team/keras `keras/src/losses/losses_test.py`,
/// run through `BatchLoss` with Keras's epsilon 1e-7. Keras asserts in float32 (usually to 3 decimals);
/// where it prints a number, we check that number to the printed precision, and where the test derives
/// its expectation from a numpy formula, we check the float64 value of that same formula (the Python
/// expression is given in a comment).
@Suite("Keras losses_test.py values")
struct KerasValuesTests {
    // The regression fixture shared by most Keras tests.
    static let yTrue: [[Double]] = [[1, 9, 2], [-5, -2, 6]]
    static let yPred: [[Double]] = [[4, 8, 12], [8, 1, 3]]

    @Test("MeanSquaredErrorTest.test_unweighted: 49.5; per sample 110/3 and 187/3")
    func meanSquaredError() {
        // test_unweighted: 49.5; test_mean_with_sample_weight_reduction spells the per-sample
        // losses as 110 / 3 and 187 / 3.
        #expect(kerasMean(.l2, predictions: Self.yPred, targets: Self.yTrue) == 49.5)
        let perSample = reduced(.l2, .none, predictions: Self.yPred, targets: Self.yTrue)
        #expect(allClose(perSample, [110.0 / 3, 187.0 / 3], rel: fewUlps), "\(perSample)")
        #expect(reduced(.l2, .sum, predictions: Self.yPred, targets: Self.yTrue) == [99])
        // The alias Keras users type.
        #expect(Catalog.named("mse") == .l2)
    }

    @Test("MeanAbsoluteErrorTest.test_unweighted: 5.5; per sample 14/3 and 19/3")
    func meanAbsoluteError() {
        #expect(kerasMean(.l1, predictions: Self.yPred, targets: Self.yTrue) == 5.5)
        let perSample = reduced(.l1, .none, predictions: Self.yPred, targets: Self.yTrue)
        #expect(allClose(perSample, [14.0 / 3, 19.0 / 3], rel: fewUlps), "\(perSample)")
    }

    @Test("MeanSquaredLogarithmicErrorTest.test_unweighted: 1.4370 (negative targets clipped to epsilon)")
    func meanSquaredLogarithmicError() {
        let mean = kerasMean(.msle, predictions: Self.yPred, targets: Self.yTrue)
        #expect(isClose(mean, 1.4370, abs: 5e-4), "\(mean)")
        // float64: np.mean((np.log(np.maximum(yp, 1e-7) + 1) - np.log(np.maximum(yt, 1e-7) + 1))**2, axis=1)
        let perSample = reduced(.msle, .none, predictions: Self.yPred, targets: Self.yTrue)
        #expect(allClose(perSample, [1.0002779809652858, 1.8738060364002704], rel: 1e-14), "\(perSample)")
        #expect(isClose(mean, 1.437042008682778, rel: 1e-14))
    }

    @Test("HingeTest.test_unweighted: 1.3 mean, 2.6 sum, [1.1, 1.5] per sample (0/1 labels read as -1/1)")
    func hinge() {
        let yTrue: [[Double]] = [[0, 1], [0, 0]]
        let yPred: [[Double]] = [[0.6, 0.4], [0.4, 0.6]]
        #expect(isClose(kerasMean(.hinge, predictions: yPred, targets: yTrue), 1.3, rel: fewUlps))
        #expect(isClose(reduced(.hinge, .sum, predictions: yPred, targets: yTrue)[0], 2.6, rel: fewUlps))
        let perSample = reduced(.hinge, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [1.1, 1.5], rel: fewUlps), "\(perSample)")
        // The same labels written as -1/1 give the same losses.
        let signed = reduced(.hinge, .none, predictions: yPred, targets: [[-1, 1], [-1, -1]])
        #expect(allClose(signed, perSample, rel: fewUlps))
        // ElementwiseLoss reads a single label 0 as -1 as well (FIGURES.md): max(0, 1 + 0.4) and its square.
        #expect(isClose(ElementwiseLoss(.hinge).value(prediction: 0.4, target: 0), 1.4, rel: fewUlps))
        #expect(isClose(ElementwiseLoss(.squaredHinge).value(prediction: 0.4, target: 0), 1.96, rel: fewUlps))
        #expect(ElementwiseLoss(.hinge).derivative(prediction: 0.4, target: 0) == 1)
    }

    @Test("SquaredHingeTest.test_unweighted: 1.86 mean, 3.72 sum, [1.46, 2.26] per sample")
    func squaredHinge() {
        let yTrue: [[Double]] = [[0, 1], [0, 0]]
        let yPred: [[Double]] = [[0.6, 0.4], [0.4, 0.6]]
        #expect(isClose(kerasMean(.squaredHinge, predictions: yPred, targets: yTrue), 1.86, rel: fewUlps))
        #expect(isClose(reduced(.squaredHinge, .sum, predictions: yPred, targets: yTrue)[0], 3.72, rel: fewUlps))
        let perSample = reduced(.squaredHinge, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [1.46, 2.26], rel: fewUlps), "\(perSample)")
    }

    @Test("HuberLossTest.test_unweighted and test_non_default_delta (the test's numpy huber_loss)", arguments: [1.0, 0.8])
    func huber(delta: Double) {
        let yPred: [[Double]] = [[0.9, 0.2, 0.2], [0.8, 0.4, 0.6]]
        let yTrue: [[Double]] = [[1, 0, 1], [1, 0, 0]]
        // The test's huber_loss: q = min(|e|, d); 0.5 q^2 + d (|e| - q), summed and divided by 6.
        // float64: every |e| <= 0.8 here, so both deltas give [0.115, 0.09333...] and 0.1041666...
        let parameters = LossParameters(delta: delta, epsilon: 1e-7)
        let perSample = reduced(.huber, .none, predictions: yPred, targets: yTrue, parameters: parameters)
        #expect(allClose(perSample, [0.11500000000000003, 0.09333333333333334], rel: 1e-14), "\(perSample)")
        let mean = kerasMean(.huber, predictions: yPred, targets: yTrue, parameters: parameters)
        #expect(isClose(mean, 0.10416666666666669, rel: 1e-14), "\(mean)")
    }

    @Test("Huber's default delta is Keras's 1")
    func huberDefaultDelta() {
        #expect(LossDefinition.huber.parameters[0].standard == 1)
        let loss = ElementwiseLoss(.huber)
        // Closed form: |r| = 3 > 1 gives 1 * (3 - 1/2) = 2.5; |r| = 0.5 gives 0.5^2 / 2.
        #expect(loss.value(prediction: 3, target: 0) == 2.5)
        #expect(loss.value(prediction: 0.5, target: 0) == 0.125)
    }

    @Test("LogCoshTest.test_unweighted (the test's np.log((np.exp(e) + np.exp(-e)) / 2))")
    func logCosh() {
        // float64: e = yp - yt; np.log((np.exp(e) + np.exp(-e)) / 2).mean(axis=1) and .sum() / 6
        let perSample = reduced(.logCosh, .none, predictions: Self.yPred, targets: Self.yTrue)
        #expect(allClose(perSample, [4.016654052187341, 5.641836609533578], rel: 1e-14), "\(perSample)")
        let mean = kerasMean(.logCosh, predictions: Self.yPred, targets: Self.yTrue)
        #expect(isClose(mean, 4.829245330860459, rel: 1e-14), "\(mean)")
    }

    @Test("KLDivergenceTest.test_unweighted (the test's y_true * log(y_true / y_pred), summed per row)")
    func klDivergence() {
        let yPred: [[Double]] = [[0.4, 0.9, 0.12], [0.36, 0.3, 0.4]]
        let yTrue: [[Double]] = [[0.5, 0.8, 0.12], [0.7, 0.43, 0.8]]
        // float64: np.sum(kt * np.log(kt / kp), axis=1); mean = sum / batch_size 2.
        // Keras clips both rows to [1e-7, 1], which no entry here reaches.
        let perSample = reduced(.klDivergence, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [0.01734534713199817, 1.1748023325967356], rel: 1e-14), "\(perSample)")
        let mean = kerasMean(.klDivergence, predictions: yPred, targets: yTrue)
        #expect(isClose(mean, 0.5960738398643669, rel: 1e-14), "\(mean)")
    }

    @Test("PoissonTest.test_unweighted: y_pred - y_true * log(y_pred + epsilon)")
    func poisson() {
        let yPred: [[Double]] = [[1, 9, 2], [5, 2, 6]]
        let yTrue: [[Double]] = [[4, 8, 12], [8, 1, 3]]
        let mean = kerasMean(.poisson, predictions: yPred, targets: yTrue)
        // The test's own expectation omits epsilon: np.sum(yp - yt * np.log(yp)) / 6, to 3 decimals.
        #expect(isClose(mean, -3.306581945521002, abs: 5e-4), "\(mean)")
        // Keras's poisson adds epsilon inside the log: float64 (yp - yt * np.log(yp + 1e-7)).mean(axis=1)
        let perSample = reduced(.poisson, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [-4.631854624765983, -1.9813097159056368], rel: 1e-14), "\(perSample)")
        #expect(isClose(mean, -3.30658217033581, rel: 1e-14))
    }

    @Test("BinaryCrossentropyTest.test_unweighted: 0.20046903")
    func binaryCrossEntropy() {
        let yTrue: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        let yPred: [[Double]] = [[0.9, 0.1, 0.2], [0.3, 0.8, 0.1], [0.1, 0.2, 0.7]]
        let mean = kerasMean(.binaryCrossEntropy, predictions: yPred, targets: yTrue)
        // Keras asserts 0.20046903 in float32 (assertAllClose, rtol 1e-6).
        #expect(isClose(mean, 0.20046903, rel: 1e-6), "\(mean)")
        // float64: p = np.clip(yp, 1e-7, 1 - 1e-7); -(yt*np.log(p) + (1-yt)*np.log(1-p)), row means
        let perSample = reduced(.binaryCrossEntropy, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [0.14462152754328741, 0.22839300363692283, 0.22839300363692283], rel: 1e-14),
                "\(perSample)")
        #expect(isClose(mean, 0.20046917827237767, rel: 1e-14))
    }

    @Test("BinaryCrossentropyTest.test_unweighted with predictions of exactly 0 and 1 (Keras clipping)")
    func binaryCrossEntropyClipped() {
        // y_true [1, 0, 1, 0], y_pred [1, 1, 1, 0] as 2x2. Keras prints 3.98559, which is the float32
        // result (1 - 1e-7 rounds to 0.99999988 in float32; np.float32 gives 3.9855962). In float64:
        // p = np.clip(yp, 1e-7, 1 - 1e-7); -(yt*np.log(p) + (1-yt)*np.log(1-p)) -> rows and mean below.
        let yTrue: [[Double]] = [[1, 0], [1, 0]]
        let yPred: [[Double]] = [[1, 1], [1, 0]]
        let perSample = reduced(.binaryCrossEntropy, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [8.0590478757423405, 1.0000000494736474e-07], rel: 1e-14), "\(perSample)")
        let mean = kerasMean(.binaryCrossEntropy, predictions: yPred, targets: yTrue)
        #expect(isClose(mean, 4.029523987871173, rel: 1e-14), "\(mean)")
    }

    @Test("BinaryCrossentropyTest from_logits: 3.3333 mean, [0.0, 6.666] per sample")
    func binaryCrossEntropyFromLogits() {
        let yTrue: [[Double]] = [[1, 0, 1], [0, 1, 1]]
        let logits: [[Double]] = [[10, -10, 10], [10, 10, -10]]
        let perSample = reduced(.sigmoidCrossEntropy, .none, predictions: logits, targets: yTrue)
        // test_no_reduction: assertAllClose(loss, [0.0, 6.666], atol=1e-3)
        #expect(numpyAllClose(perSample, [0.0, 6.666], atol: 1e-3), "\(perSample)")
        // float64: (np.maximum(z, 0) - z*t + np.log1p(np.exp(-abs(z)))).mean(axis=1)
        #expect(allClose(perSample, [4.539889921686465e-05, 6.666712065565885], rel: 1e-14), "\(perSample)")
        let mean = kerasMean(.sigmoidCrossEntropy, predictions: logits, targets: yTrue)
        #expect(isClose(mean, 3.3333, abs: 5e-4))
        #expect(isClose(mean, 3.333378732232551, rel: 1e-14), "\(mean)")
    }

    @Test("CategoricalCrossentropyTest.test_unweighted: 0.3239 (rows scaled to sum 1, then clipped)")
    func categoricalCrossEntropy() {
        let yTrue: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        let yPred: [[Double]] = [[0.9, 0.05, 0.05], [0.5, 0.89, 0.6], [0.05, 0.01, 0.94]]
        let mean = kerasMean(.categoricalCrossEntropy, predictions: yPred, targets: yTrue)
        #expect(isClose(mean, 0.3239, abs: 5e-4), "\(mean)")
        // float64: p = np.clip(yp / yp.sum(axis=1, keepdims=True), 1e-7, 1 - 1e-7); -np.sum(yt * np.log(p), axis=1)
        // (the second row sums to 1.99: without the scaling its loss would be -log(0.89) = 0.1165...)
        let perSample = reduced(.categoricalCrossEntropy, .none, predictions: yPred, targets: yTrue)
        #expect(allClose(perSample, [0.10536051565782628, 0.8046684549923527, 0.06187540371808753], rel: 1e-14),
                "\(perSample)")
        #expect(isClose(mean, 0.32396812478942216, rel: 1e-14))
    }

    @Test("SparseCategoricalCrossentropyTest.test_unweighted: 0.3239 from class indices")
    func sparseCategoricalCrossEntropy() {
        let yPred: [[Double]] = [[0.9, 0.05, 0.05], [0.5, 0.89, 0.6], [0.05, 0.01, 0.94]]
        let mean = kerasMean(.sparseCategoricalCrossEntropy, predictions: yPred, targets: [[0], [1], [2]])
        #expect(isClose(mean, 0.3239, abs: 5e-4), "\(mean)")
        #expect(isClose(mean, 0.32396812478942216, rel: 1e-14), "\(mean)")
    }

    @Test("CategoricalCrossentropyTest from_logits: 0.0573; test_no_reduction (0.001822, 0.000459, 0.169846)")
    func categoricalCrossEntropyFromLogits() {
        let logits: [[Double]] = [[8, 1, 1], [0, 9, 1], [2, 3, 5]]
        let oneHot: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        let dense = reduced(.softmaxCrossEntropy, .none, predictions: logits, targets: oneHot)
        let sparse = reduced(.sparseSoftmaxCrossEntropy, .none, predictions: logits, targets: [[0], [1], [2]])
        for perSample in [dense, sparse] {
            // assertAllClose defaults: rtol 1e-6, atol 1e-6
            #expect(numpyAllClose(perSample, [0.001822, 0.000459, 0.169846], rtol: 1e-6, atol: 1e-6), "\(perSample)")
            // mpmath at 50 digits: log(sum(exp(z))) - z[k], rounded to float64 (numpy's logsumexp gives
            // 0.00182210289292506, 0.0004587671822307, 0.1698460195562861: within 7e-13)
            #expect(allClose(perSample, [0.0018221028929252085, 0.00045876718223101566, 0.16984601955628564], rel: 4e-16),
                    "\(perSample)")
        }
        let mean = kerasMean(.softmaxCrossEntropy, predictions: logits, targets: oneHot)
        #expect(isClose(mean, 0.0573, abs: 5e-4))
        #expect(isClose(mean, 0.05737562987714728, rel: 1e-13), "\(mean)")
    }

    @Test("SparseCategoricalCrossentropyTest.test_ignore_class: logits (0.088, 0.86, 0.018), class 2 -> 1.480129")
    func sparseCrossEntropyIgnoreClassRow() {
        let loss = DistributionLoss(.sparseSoftmaxCrossEntropy).value([0.088, 0.86, 0.018], target: .classIndex(2))
        #expect(numpyAllClose([loss], [1.480129], rtol: 1e-6, atol: 1e-6), "\(loss)")
        // float64: logsumexp(z) - z[2]
        #expect(isClose(loss, 1.4801290273922487, rel: 1e-14), "\(loss)")
    }
}
