import Foundation
import Testing
import LossFunctions

/// The extremes: exact values, no NaN, no infinity.
@Suite("Extreme inputs")
struct ExtremeInputTests {
    @Test("sigmoid cross-entropy is exact for logits of +-1e9", arguments: [0.0, 0.25, 0.5, 1.0])
    func sigmoidCrossEntropyHugeLogits(t: Double) {
        let loss = ElementwiseLoss(.sigmoidCrossEntropy)
        // Closed form: max(z, 0) - z t + log(1 + e^-|z|), and e^-1e9 is 0 in float64.
        #expect(loss.value(prediction: 1e9, target: t) == 1e9 * (1 - t))
        #expect(loss.value(prediction: -1e9, target: t) == 1e9 * t)
        // Its derivative sigmoid(z) - t is exactly 1 - t and -t there.
        #expect(loss.derivative(prediction: 1e9, target: t) == 1 - t)
        #expect(loss.derivative(prediction: -1e9, target: t) == -t)
        // optax's table: 5e8 for the wrong side of 1e9 averaged with a tiny logit (see PeerValuesTests).
        #expect(loss.value(prediction: .greatestFiniteMagnitude, target: 1) == 0)
        #expect(loss.value(prediction: -.greatestFiniteMagnitude, target: 0) == 0)
    }

    @Test("weighted sigmoid cross-entropy is exact for logits of +-1e9")
    func weightedSigmoidHugeLogits() {
        let loss = ElementwiseLoss(.weightedSigmoidCrossEntropy, parameters: LossParameters(posWeight: 0.5))
        // Closed form: (1 - t) z + (1 + (w - 1) t) (log1p(e^-|z|) + max(-z, 0))
        #expect(loss.value(prediction: 1e9, target: 0) == 1e9)
        #expect(loss.value(prediction: 1e9, target: 1) == 0)
        #expect(loss.value(prediction: -1e9, target: 1) == 5e8)
        #expect(loss.value(prediction: -1e9, target: 0) == 0)
        #expect(loss.derivative(prediction: 1e9, target: 0) == 1)
        #expect(loss.derivative(prediction: -1e9, target: 1) == -0.5)
    }

    @Test("softmax cross-entropy is exact for logits of 1e4")
    func softmaxHugeLogits() {
        let dense = DistributionLoss(.softmaxCrossEntropy)
        let sparse = DistributionLoss(.sparseSoftmaxCrossEntropy)
        let z = [1e4, 0, -1e4]
        // Closed form: logsumexp(z) = 1e4 + log(1 + e^-1e4 + e^-2e4) = 1e4 exactly in float64.
        #expect(sparse.value(z, target: .classIndex(0)) == 0)
        #expect(sparse.value(z, target: .classIndex(1)) == 1e4)
        #expect(sparse.value(z, target: .classIndex(2)) == 2e4)
        #expect(dense.value(z, target: .distribution([0.5, 0.5, 0])) == 5e3)
        // Two equal huge logits: exactly log 2 each.
        // (log 2 is added to 1e4 and taken off again: an ulp of 1e4 is 1.8e-12.)
        #expect(isClose(sparse.value([1e4, 1e4], target: .classIndex(1)), M_LN2, rel: 1e-11))
        // Shifting FIGURES.md's logits (1, -3, 10) by 1e4 leaves 1.16012566 (float64 1.1601256622376646):
        // the loss only sees differences of logits, here exact integers.
        let shifted = dense.value([1e4 + 1, 1e4 - 3, 1e4 + 10], target: .distribution([0.1, 0.02, 0.88]))
        #expect(isClose(shifted, 1.1601256622376646, rel: 1e-11), "\(shifted)")
        // The derivative along the first logit, softmax(z)_0 - q_0, is exactly 1 - q_0 and -q_0.
        let curve = LossCurve(.softmaxCrossEntropy, target: .row(.distribution([0.25, 0.75])), rest: [0])
        #expect(curve.value(at: 1e4) == 0.75e4)
        #expect(curve.derivative(at: 1e4) == 0.75)
        #expect(curve.derivative(at: -1e4) == -0.25)
        #expect(curve.value(at: -1e4) == 0.25e4)
        for x in [1e4, -1e4, 1e300, -1e300] {
            #expect(curve.value(at: x).isFinite && curve.derivative(at: x).isFinite, "x = \(x)")
        }
    }

    @Test("log-cosh is finite and exact for residuals of +-1e6")
    func logCoshHugeResiduals() {
        let loss = ElementwiseLoss(.logCosh)
        // Closed form: log cosh r = |r| - log 2 + log(1 + e^-2|r|); float64 1e6 - np.log(2) = 999999.3068528194
        for r in [1e6, -1e6] {
            #expect(loss.value(prediction: r, target: 0) == 999999.3068528194)
            #expect(loss.value(prediction: 0, target: r) == 999999.3068528194)
            #expect(loss.derivative(prediction: r, target: 0) == (r > 0 ? 1 : -1))
        }
        // optax LogCoshTest's residual of 700 (np.log(np.cosh(700)) = 699.3068528194401, float64).
        #expect(isClose(loss.value(prediction: 500, target: -200), 699.30685281944011, rel: 1e-15))
        #expect(loss.value(prediction: 1e300, target: 0).isFinite)
    }

    @Test("binary cross-entropy with Keras clipping is finite at p = 0 and p = 1")
    func binaryCrossEntropyAtTheEdges() {
        let loss = ElementwiseLoss(.binaryCrossEntropy, parameters: LossParameters(epsilon: 1e-7))
        // float64: -np.log(1e-7); -np.log(1 - (1 - 1e-7)); -np.log(1 - 1e-7)
        #expect(loss.value(prediction: 0, target: 1) == 16.11809565095832)
        #expect(loss.value(prediction: 1, target: 0) == 16.118095651484676)
        #expect(loss.value(prediction: 1, target: 1) == 1.0000000494736474e-07)
        #expect(loss.value(prediction: 0, target: 0) == 1.0000000494736474e-07)
        // A soft target mixes the two clipped logs: 0.3 * 16.118... + 0.7 * 1.0000000494736474e-07
        #expect(isClose(loss.value(prediction: 0, target: 0.3), 0.3 * 16.11809565095832 + 0.7 * 1.0000000494736474e-07,
                        rel: fewUlps))
        for p in [0.0, 1.0] {
            for t in [0.0, 0.5, 1.0] {
                #expect(loss.value(prediction: p, target: t).isFinite)
                #expect(loss.derivative(prediction: p, target: t) == 0)  // flat where clipped
            }
        }
        // Without clipping the exact function: 0 log 0 = 0 at the right end, +inf at the wrong end.
        let exact = ElementwiseLoss(.binaryCrossEntropy)
        #expect(exact.value(prediction: 1, target: 1) == 0)
        #expect(exact.value(prediction: 0, target: 0) == 0)
        #expect(exact.value(prediction: 0, target: 1) == .infinity)
        #expect(exact.value(prediction: 1, target: 0) == .infinity)
    }

    @Test("categorical cross-entropy and KL with Keras clipping are finite at probabilities 0 and 1")
    func distributionLossesAtTheEdges() {
        let keras = LossParameters(epsilon: 1e-7)
        let cce = DistributionLoss(.categoricalCrossEntropy, parameters: keras)
        // float64: -np.log(1e-7) for the missed class, -np.log(1 - 1e-7) for the certain one.
        #expect(cce.value([1, 0], target: .classIndex(1)) == 16.11809565095832)
        #expect(cce.value([0, 1], target: .classIndex(1)) == 1.0000000494736474e-07)
        let kl = DistributionLoss(.klDivergence, parameters: keras)
        // Both rows clipped to [1e-7, 1]: q = (1, 1e-7), p = (1e-7, 1):
        // 1 * log(1 / 1e-7) + 1e-7 * log(1e-7 / 1) = 16.11809565095832 * (1 - 1e-7)
        let v = kl.value([0, 1], target: .distribution([1, 0]))
        #expect(isClose(v, 16.11809565095832 * (1 - 1e-7), rel: 1e-14), "\(v)")
        for s in [0.0, 1.0] {
            let curve = LossCurve(.klDivergence, parameters: keras, target: .row(.distribution([0.3, 0.7])))
            #expect(curve.value(at: s).isFinite && curve.derivative(at: s).isFinite, "s = \(s)")
            let cceCurve = LossCurve(.categoricalCrossEntropy, parameters: keras, target: .row(.distribution([0.3, 0.7])))
            #expect(cceCurve.value(at: s).isFinite && cceCurve.derivative(at: s).isFinite, "s = \(s)")
        }
    }

    @Test("robust losses stay finite and exact far out", arguments: [1e6, -1e6, 1e200, -1e300])
    func robustLossesFarOut(r: Double) {
        // Huber: delta (|r| - delta/2), exact.
        let huber = ElementwiseLoss(.huber, parameters: LossParameters(delta: 2))
        #expect(huber.value(prediction: r, target: 0) == 2 * (Swift.abs(r) - 1))
        #expect(huber.derivative(prediction: r, target: 0) == (r > 0 ? 2 : -2))
        // Pseudo-Huber: delta^2 (sqrt(1 + (r/delta)^2) - 1) = delta |r| - delta^2 + O(delta^3 / |r|).
        let pseudo = ElementwiseLoss(.pseudoHuber, parameters: LossParameters(delta: 2))
        let value = pseudo.value(prediction: r, target: 0)
        #expect(isClose(value, 2 * Swift.abs(r) - 4, rel: 1e-11), "r = \(r): \(value)")
        #expect(isClose(pseudo.derivative(prediction: r, target: 0), r > 0 ? 2 : -2, rel: 1e-11))
        // Smooth L1 and quantile are linear out there.
        #expect(ElementwiseLoss(.smoothL1).value(prediction: r, target: 0) == Swift.abs(r) - 0.5)
        let quantile = ElementwiseLoss(.quantile, parameters: LossParameters(tau: 0.25))
        #expect(quantile.value(prediction: r, target: 0) == (r > 0 ? 0.75 * r : -0.25 * r))
        // Welsch and Geman-McClure saturate at 1 and 2; Tukey at c^2/6.
        #expect(ElementwiseLoss(.welsch).value(prediction: r, target: 0) == 1)
        #expect(ElementwiseLoss(.welsch).derivative(prediction: r, target: 0) == 0)
        #expect(ElementwiseLoss(.tukey, parameters: LossParameters(delta: 3)).value(prediction: r, target: 0) == 1.5)
        if Swift.abs(r) < 1e100 {
            // Geman-McClure 2z/(z + 4) with z = r^2: 2 - 8/(z + 4); Charbonnier sqrt(z + 1) - 1;
            // Cauchy log(z/2 + 1). (Barron's general form goes through log1p and expm1, which costs
            // a few ulps times log(z) ~ 28 here.)
            #expect(isClose(ElementwiseLoss(.gemanMcClure).value(prediction: r, target: 0), 2 - 8 / (r * r + 4), rel: 1e-14))
            #expect(isClose(ElementwiseLoss(.charbonnier).value(prediction: r, target: 0), (r * r + 1).squareRoot() - 1, rel: 1e-14))
            #expect(isClose(ElementwiseLoss(.cauchy).value(prediction: r, target: 0), Foundation.log(r * r / 2 + 1), rel: 1e-14))
        }
    }
}
