import Foundation
import Testing
import LossFunctions

/// Binary focal loss on probabilities and logits against CATALOG.md B.8, Keras's
/// losses_test.py (keras-team/keras keras/src/losses/losses_test.py, BinaryFocalCrossentropyTest,
/// asserted in float32 to the printed digits), optax's _classification_test.py relations
/// (SigmoidFocalLossTest) and closed forms.
@Suite("Focal loss values")
struct FocalLossTests {
    /// Per-sample losses as eval computes them: Keras's epsilon, the given parameters (γ, α, ε).
    static func perSample(_ loss: LossDefinition, _ values: [Double], pred: [[Double]], target: [[Double]]) -> [Double] {
        BatchLoss(loss, parameters: loss.values(values, epsilon: 1e-7)).perSample(predictions: pred, targets: target)
    }

    static func value(_ loss: LossDefinition, _ values: [Double], _ x: Double, _ t: Double) -> Double {
        LossCurve(loss, parameters: loss.values(values), target: .scalar(t)).value(at: x)
    }

    @Test("B.8: at p = 0.5, CE ln 2, γ = 2 without α 0.1733, torchvision α = 0.25: 0.0433 (t = 1) and 0.1300 (t = 0)")
    func catalogB8() {
        for (loss, x) in [(LossDefinition.focal, 0.5), (.sigmoidFocal, 0.0)] {
            #expect(isClose(Self.value(loss, [0, -1, 0], x, 1), 0.6931471805599453, rel: 1e-15))
            #expect(isClose(Self.value(loss, [2, -1, 0], x, 1), 0.17328679513998632, rel: 1e-15))
            #expect(isClose(Self.value(loss, [2, -1, 0], x, 0), 0.17328679513998632, rel: 1e-15))
            #expect(isClose(Self.value(loss, [2, 0.25, 0], x, 1), 0.04332169878499658, rel: 1e-15))
            #expect(isClose(Self.value(loss, [2, 0.25, 0], x, 0), 0.12996509635498973, rel: 1e-15))
        }
    }

    @Test("eval's defaults follow Keras: γ = 2, α off unless given")
    func evalDefaults() {
        #expect(LossDefinition.focal.standardValues == ParameterValues([.gamma: 2, .alpha: -1, .labelSmoothing: 0]))
        #expect(LossDefinition.sigmoidFocal.standardValues == ParameterValues([.gamma: 2, .alpha: -1, .labelSmoothing: 0]))
        #expect(Catalog.named("focal") == .focal)
        #expect(Catalog.named("binary_focal_crossentropy") == .focal)
    }

    @Test("BinaryFocalCrossentropyTest.test_unweighted and test_no_reduction: 0.268, (0.515547, 0.020513)")
    func kerasUnweighted() {
        let losses = Self.perSample(.focal, [2, -1, 0], pred: [[0.9, 0.8], [0.7, 0.2]], target: [[1, 0], [1, 0]])
        #expect(allClose(losses, [0.515547, 0.020513], rel: 1e-6, abs: 1e-6), "\(losses)")
        #expect(isClose(Reduction.mean.apply(losses)[0], 0.268, abs: 5e-4))
    }

    @Test("BinaryFocalCrossentropyTest.test_unweighted with logits, γ = 3: 0.799")
    func kerasLogits() {
        let losses = Self.perSample(.sigmoidFocal, [3, -1, 0], pred: [[1.5, -2.7, 2.9], [-3.8, 1.2, -4.5]],
                                    target: [[1, 1, 0], [0, 1, 0]])
        #expect(isClose(Reduction.mean.apply(losses)[0], 0.799, abs: 5e-4), "\(losses)")
    }

    @Test("BinaryFocalCrossentropyTest.test_all_correct_unweighted: 0 for exact probabilities (γ 1.5) and logits ±100 (γ 2)")
    func kerasAllCorrect() {
        let eye: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
        #expect(Self.perSample(.focal, [1.5, -1, 0], pred: eye, target: eye).allSatisfy { abs($0) < 5e-4 })
        let logits = eye.map { $0.map { $0 == 1 ? 100.0 : -100 } }
        #expect(Self.perSample(.sigmoidFocal, [2, -1, 0], pred: logits, target: eye).allSatisfy { abs($0) < 5e-4 })
    }

    @Test("binary_focal_crossentropy's docstring example: [0.330, 0.206]")
    func kerasDocstring() {
        let losses = Self.perSample(.focal, [2, -1, 0], pred: [[0.6, 0.4], [0.4, 0.6]], target: [[0, 1], [0, 0]])
        #expect(allClose(losses, [0.330, 0.206], abs: 5e-4), "\(losses)")
    }

    @Test("Keras label smoothing moves the target before p_t: ε = 0.2, t = 1, p = 0.7")
    func labelSmoothing() {
        // t' = 0.9: p_t = 0.9 * 0.7 + 0.1 * 0.3 = 0.66; CE = -(0.9 log 0.7 + 0.1 log 0.3).
        let expected = pow(0.34, 2) * -(0.9 * log(0.7) + 0.1 * log(0.3))
        #expect(isClose(Self.value(.focal, [2, -1, 0.2], 0.7, 1), expected, rel: 1e-14))
        let z = log(0.7 / 0.3)
        #expect(isClose(Self.value(.sigmoidFocal, [2, -1, 0.2], z, 1), expected, rel: 1e-12))
    }

    @Test("optax test_small_logit and test_large_logit: CE / FL = α⁻¹ (1 - p)^-2 for t = 1, γ = 2")
    func optaxRatios() {
        for p in [0.1, 0.02, 0.09, 0.15, 0.9, 0.98, 0.3, 0.99] {
            let z = log(p / (1 - p)), ce = log1p(exp(-z))
            #expect(isClose(ce / Self.value(.sigmoidFocal, [2, -1, 0], z, 1), 1 / pow(1 - p, 2), rel: 1e-12))
            #expect(isClose(ce / Self.value(.sigmoidFocal, [2, 0.5, 0], z, 1), 2 / pow(1 - p, 2), rel: 1e-12))
        }
    }

    @Test("optax test_alpha_one, test_ignore_positive, test_ignore_negative")
    func optaxAlpha() {
        for z in [2.0, 0.1, -2.0, 0.3, -0.1, 1.2] {
            for t in [0.0, 1.0] {
                let ce = max(z, 0) - z * t + log1p(exp(-abs(z)))
                #expect(isClose(Self.value(.sigmoidFocal, [0, 1, 0], z, t), ce * t, rel: 1e-15))
            }
            #expect(Self.value(.sigmoidFocal, [2, 0, 0], z, 1) == 0)
            #expect(Self.value(.sigmoidFocal, [2, 1, 0], z, 0) == 0)
        }
    }

    @Test("optax test_extreme_logits_finite_gradients: γ < 1 at logits ±50 to ±100, soft labels")
    func extremeLogits() {
        let cases: [(Double, Double)] = [(100, 0.9), (-100, 0.1), (75, 0.8), (-75, 0.2), (50, 1), (-50, 0)]
        for (z, t) in cases {
            for g in [0.1, 0.5, 0.9] {
                let curve = LossCurve(.sigmoidFocal, parameters: ParameterValues([.gamma: g, .alpha: -1, .labelSmoothing: 0]), target: .scalar(t))
                #expect(curve.value(at: z).isFinite && curve.derivative(at: z).isFinite && curve.secondDerivative(at: z).isFinite)
            }
        }
        // Where 1 - p_t underflows in probability space the log-space form keeps the value: t = 1, z = 40.
        let tiny = Self.value(.sigmoidFocal, [2, -1, 0], 40, 1)
        #expect(isClose(tiny, exp(-3 * 40.0), rel: 1e-12))
    }

    @Test("on a logit, focal loss is focal loss of sigmoid(z)")
    func logitMatchesProbability() {
        for z in stride(from: -5.0, through: 5.0, by: 0.5) {
            let p = 1 / (1 + exp(-z))
            for values in [[0.0, -1, 0], [0.5, 0.25, 0], [2, -1, 0.1], [5, 0.75, 0]] {
                for t in [0.0, 0.3, 1] {
                    #expect(isClose(Self.value(.sigmoidFocal, values, z, t), Self.value(.focal, values, p, t), rel: 1e-10))
                }
            }
        }
    }

    @Test("at p = t = 1 the derivatives of (1 - p)^γ (-log p) are their limits")
    func limitsAtTheTarget() {
        // f = u^γ (u + u²/2 + ...), u = 1 - p: f' = -1 (γ = 0) or 0; f'' = 1, +inf (0 < γ < 1), 2 (γ = 1), 0 (γ > 1).
        let expected: [(Double, Double, Double)] = [(0, -1, 1), (0.5, 0, .infinity), (1, 0, 2), (2, 0, 0)]
        for (g, d1, d2) in expected {
            let curve = LossCurve(.focal, parameters: ParameterValues([.gamma: g, .alpha: -1, .labelSmoothing: 0]), target: .scalar(1))
            #expect(curve.value(at: 1) == 0)
            #expect(curve.derivative(at: 1) == d1)
            #expect(curve.secondDerivative(at: 1) == d2)
        }
    }
}
