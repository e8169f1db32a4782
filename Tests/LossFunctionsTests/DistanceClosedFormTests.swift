import Foundation
import LossFunctions
import Testing

/// The new distance losses against closed forms written out here, and MAPE against Keras's own tests.
@Suite("Distance losses: closed forms and Keras's MAPE tests")
struct DistanceClosedFormTests {
    static func value(_ loss: LossDefinition, _ x: Double, target: Double = 0,
                      _ parameters: [LossParameter: Double] = [:]) -> Double {
        ElementwiseLoss(loss, parameters: LossParameters(parameters)).value(prediction: x, target: target)
    }

    static let residuals: [Double] = [-3, -1.7, -1, -0.4, -0.05, 0, 0.05, 0.4, 1, 1.7, 3]

    @Test("lp-distance |r|^p at p = 0.5, 1, 1.5, 2, 3")
    func lpDistance() {
        #expect(Self.value(.lpDistance, 4, target: 0) == 8)
        #expect(Self.value(.lpDistance, 0.75, target: 1) == 0.125)
        for p in [0.5, 1, 1.5, 2, 3] {
            for r in Self.residuals {
                #expect(isClose(Self.value(.lpDistance, r + 0.5, target: 0.5, [.power: p]), pow(abs(r), p), rel: 1e-14,
                                abs: 1e-15), "p \(p), r \(r)")
            }
        }
    }

    @Test("logit-distance -ln(4 e^r / (1 + e^r)^2), and its slope tanh(r/2) (LossFunctions.jl LogitDistLoss)")
    func logitDistance() {
        let k = ElementwiseLoss(.logitDistance)
        for r in Self.residuals {
            let naive = -log(4 * exp(r) / pow(1 + exp(r), 2))
            #expect(isClose(k.value(prediction: r, target: 0), naive, rel: 1e-13, abs: 1e-15), "r \(r)")
            #expect(isClose(k.derivative(prediction: r, target: 0), tanh(r / 2), rel: 1e-15), "r \(r)")
        }
        // Far out it is |r| - ln 4 (the naive formula overflows there).
        #expect(isClose(k.value(prediction: 1000, target: 0), 1000 - log(4), rel: 1e-15))
        #expect(isClose(k.value(prediction: -1000, target: 0), 1000 - log(4), rel: 1e-15))
    }

    @Test("periodic 1 - cos(2 pi r / c): 0, 1, 2 at r = 0, c/4, c/2, and 0 after whole periods")
    func periodic() {
        for c in [1.0, 2, 0.5] {
            #expect(Self.value(.periodic, 0, [.period: c]) == 0)
            #expect(isClose(Self.value(.periodic, c / 4, [.period: c]), 1, rel: 1e-15), "c \(c)")
            #expect(Self.value(.periodic, c / 2, [.period: c]) == 2)
            #expect(Self.value(.periodic, -c / 2, [.period: c]) == 2)
            #expect(isClose(Self.value(.periodic, 0.3 * c + 2 * c, [.period: c]), 1 - cos(0.6 * Double.pi), rel: 1e-12))
        }
        // Whole periods of a large residual are exact, so the bound 2 is not broken by rounding.
        #expect(Self.value(.periodic, 1e12) == 0)
        #expect(Self.value(.periodic, 1e6 + 0.5) == 2)
    }

    @Test("epsilon-insensitive and its square at widths 0, 0.5, 1")
    func epsilonInsensitive() {
        for w in [0.0, 0.5, 1] {
            for r in Self.residuals {
                let h = max(0, abs(r) - w)
                #expect(isClose(Self.value(.epsilonInsensitive, r, [.width: w]), h, rel: 1e-15), "w \(w) r \(r)")
                #expect(isClose(Self.value(.squaredEpsilonInsensitive, r, [.width: w]), h * h, rel: 1e-15), "w \(w) r \(r)")
            }
        }
    }

    // Keras's regression fixture (keras/src/losses/losses_test.py).
    static let yTrue: [[Double]] = [[1, 9, 2], [-5, -2, 6]]
    static let yPred: [[Double]] = [[4, 8, 12], [8, 1, 3]]

    @Test("MeanAbsolutePercentageErrorTest.test_unweighted: 211.8518; per sample (300 + 100/9 + 500)/3, 460/3")
    func mapeKeras() {
        let mean = kerasMean(.mape, predictions: Self.yPred, targets: Self.yTrue)
        #expect(isClose(mean, 211.8518, abs: 5e-4), "\(mean)")
        let perSample = reduced(.mape, .none, predictions: Self.yPred, targets: Self.yTrue)
        #expect(allClose(perSample, [(300 + 100.0 / 9 + 500) / 3, 460.0 / 3], rel: 1e-15), "\(perSample)")
        // test_no_reduction with sample_weight 2.3: [621.8518, 352.6666].
        #expect(allClose(perSample.map { $0 * 2.3 }, [621.8518, 352.6666], abs: 1e-3))
    }

    @Test("Keras metrics MeanAbsolutePercentageErrorTest.test_unweighted: 35e7, the zero targets divided by epsilon 1e-7")
    func mapeKerasZeroTargets() {
        let yTrue: [[Double]] = [[0, 1, 0, 1, 0], [0, 0, 1, 1, 1], [1, 1, 1, 1, 0], [0, 0, 0, 0, 1]]
        let yPred: [[Double]] = [[0, 0, 1, 1, 0], [1, 1, 1, 1, 1], [0, 1, 0, 1, 0], [1, 1, 1, 1, 1]]
        let mean = kerasMean(.mape, predictions: yPred, targets: yTrue)
        // assertAllClose(35e7, result, atol=1e-5): numpy's default rtol 1e-6.
        #expect(isClose(mean, 35e7, rel: 1e-6), "\(mean)")
        // Without Keras's epsilon the exact loss of a zero target is infinite.
        #expect(Self.value(.mape, 1, target: 0) == .infinity)
        #expect(Self.value(.mape, 1.5, target: -2) == 175)
    }
}
