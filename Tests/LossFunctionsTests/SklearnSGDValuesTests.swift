import Foundation
import LossFunctions
import Testing

/// One case of scikit-learn's `_test_loss_common`: score (or prediction) p, label (or target) y,
/// the loss and its derivative in p.
struct SklearnCase: Sendable, CustomTestStringConvertible {
    let p: Double, y: Double, loss: Double, dloss: Double
    init(_ p: Double, _ y: Double, _ loss: Double, _ dloss: Double) {
        (self.p, self.y, self.loss, self.dloss) = (p, y, loss, dloss)
    }
    var testDescription: String { "p \(p), y \(y)" }
}

/// The cases of scikit-learn's own tests, `sklearn/linear_model/tests/test_sgd.py` (scikit-learn/scikit-learn
/// at 09df5ae), copied as printed. They compare with `assert_almost_equal` (7 decimals: |a - e| < 1.5e-7).
@Suite("scikit-learn test_sgd.py loss values")
struct SklearnSGDValuesTests {
    static let decimals7 = 1.5e-7

    static func check(_ loss: LossDefinition, _ c: SklearnCase, width: Double? = nil) {
        let k = ElementwiseLoss(loss, parameters: LossParameters([.width: width ?? 0.1]))
        let v = k.value(prediction: c.p, target: c.y), d = k.derivative(prediction: c.p, target: c.y)
        #expect(abs(v - c.loss) < decimals7, "loss \(v), scikit-learn \(c.loss)")
        #expect(abs(d - c.dloss) < decimals7, "dloss \(d), scikit-learn \(c.dloss)")
    }

    /// test_loss_hinge, its second half: Hinge(0.0), scikit-learn's perceptron; dloss is -y at p y = 0.
    static let perceptron: [SklearnCase] = [
        .init(1.0, 1.0, 0.0, 0.0), .init(-0.1, -1.0, 0.0, 0.0), .init(0.0, 1.0, 0.0, -1.0), .init(0.0, -1.0, 0.0, 1.0),
        .init(0.5, -1.0, 0.5, 1.0), .init(2.0, -1.0, 2.0, 1.0), .init(-0.5, 1.0, 0.5, -1.0), .init(-1.0, 1.0, 1.0, -1.0),
    ]

    @Test("test_loss_hinge, Hinge(0.0): perceptron", arguments: perceptron)
    func perceptronCases(_ c: SklearnCase) { Self.check(.perceptron, c) }

    static let modifiedHuber: [SklearnCase] = [
        .init(1.0, 1.0, 0.0, 0.0), .init(-1.0, -1.0, 0.0, 0.0), .init(2.0, 1.0, 0.0, 0.0), .init(0.0, 1.0, 1.0, -2.0),
        .init(-1.0, 1.0, 4.0, -4.0), .init(0.5, -1.0, 2.25, 3.0), .init(-2.0, 1.0, 8, -4.0), .init(-3.0, 1.0, 12, -4.0),
    ]

    @Test("test_loss_modified_huber", arguments: modifiedHuber)
    func modifiedHuberCases(_ c: SklearnCase) { Self.check(.modifiedHuber, c) }

    static let log: [SklearnCase] = [
        .init(1.0, 1.0, Foundation.log(1.0 + exp(-1.0)), -1.0 / (exp(1.0) + 1.0)),
        .init(1.0, -1.0, Foundation.log(1.0 + exp(1.0)), 1.0 / (exp(-1.0) + 1.0)),
        .init(-1.0, -1.0, Foundation.log(1.0 + exp(-1.0)), 1.0 / (exp(1.0) + 1.0)),
        .init(-1.0, 1.0, Foundation.log(1.0 + exp(1.0)), -1.0 / (exp(-1.0) + 1.0)),
        .init(0.0, 1.0, Foundation.log(2), -0.5), .init(0.0, -1.0, Foundation.log(2), 0.5),
        .init(17.9, -1.0, 17.9, 1.0), .init(-17.9, 1.0, 17.9, -1.0),
    ]

    @Test("test_loss_log: the logistic loss over the margin", arguments: log)
    func logCases(_ c: SklearnCase) { Self.check(.logistic, c) }

    @Test("test_loss_log's checks at |p| = 18.1, where scikit-learn switches to exp(-z) and -z: we stay exact")
    func logTails() {
        // scikit-learn's shortcuts drop terms of order e^-18.1 = 1.4e-8 (value) and e^-36.2 = 1.9e-16 (slope),
        // so its 16-decimal checks hold for the exact loss only to those orders.
        let k = ElementwiseLoss(.logistic)
        #expect(abs(k.value(prediction: 18.1, target: 1) - exp(-18.1)) < 1.5e-16)
        #expect(abs(k.derivative(prediction: 18.1, target: 1) - exp(-18.1) * -1.0) < 2e-16)
        #expect(abs(k.derivative(prediction: -18.1, target: -1) - exp(-18.1) * 1.0) < 2e-16)
        #expect(abs(k.value(prediction: -18.1, target: 1) - 18.1) < 1.4e-8)
        // The exact values: ln(1 + e^18.1) = 18.1 + ln(1 + e^-18.1), and the slope -1/(1 + e^18.1).
        #expect(isClose(k.value(prediction: -18.1, target: 1), 18.1 + log1p(exp(-18.1)), rel: fewUlps))
        #expect(isClose(k.derivative(prediction: 18.1, target: 1), -1 / (1 + exp(18.1)), rel: fewUlps))
    }

    static let epsilonInsensitive: [SklearnCase] = [
        .init(0.0, 0.0, 0.0, 0.0), .init(0.1, 0.0, 0.0, 0.0), .init(-2.05, -2.0, 0.0, 0.0), .init(3.05, 3.0, 0.0, 0.0),
        .init(2.2, 2.0, 0.1, 1.0), .init(2.0, -1.0, 2.9, 1.0), .init(2.0, 2.2, 0.1, -1.0), .init(-2.0, 1.0, 2.9, -1.0),
    ]

    @Test("test_loss_epsilon_insensitive, epsilon 0.1", arguments: epsilonInsensitive)
    func epsilonInsensitiveCases(_ c: SklearnCase) { Self.check(.epsilonInsensitive, c) }

    static let squaredEpsilonInsensitive: [SklearnCase] = [
        .init(0.0, 0.0, 0.0, 0.0), .init(0.1, 0.0, 0.0, 0.0), .init(-2.05, -2.0, 0.0, 0.0), .init(3.05, 3.0, 0.0, 0.0),
        .init(2.2, 2.0, 0.01, 0.2), .init(2.0, -1.0, 8.41, 5.8), .init(2.0, 2.2, 0.01, -0.2), .init(-2.0, 1.0, 8.41, -5.8),
    ]

    @Test("test_loss_squared_epsilon_insensitive, epsilon 0.1", arguments: squaredEpsilonInsensitive)
    func squaredEpsilonInsensitiveCases(_ c: SklearnCase) { Self.check(.squaredEpsilonInsensitive, c) }

    @Test("the width's standard value is scikit-learn's DEFAULT_EPSILON 0.1")
    func defaultWidth() {
        #expect(LossDefinition.epsilonInsensitive.standardValues[.width] == 0.1)
        #expect(LossDefinition.squaredEpsilonInsensitive.standardValues[.width] == 0.1)
    }
}
