import Foundation
import LossFunctions
import Testing

/// `eval` on margin losses (BatchLoss): labels all 0 or 1 are read as -1 and 1, labels -1 and 1 are
/// used as they are, and both give the per-sample mean of the loss over the row. Expected values are
/// the means of scikit-learn's test_sgd.py cases, or closed forms.
@Suite("eval of the margin losses with 0/1 and -1/1 labels")
struct MarginEvalTests {
    static func perSample(_ loss: LossDefinition, _ scores: [Double], _ labels: [Double],
                          _ parameters: LossParameters = LossParameters(epsilon: 1e-7)) -> Double {
        BatchLoss(loss, parameters: parameters).perSample(predictions: [scores], targets: [labels])[0]
    }

    /// A row of scikit-learn cases: the same mean whether labels are spelled -1/1 or 0/1.
    static func checkBothLabelings(_ loss: LossDefinition, _ cases: [SklearnCase], rel: Double = 1e-15) {
        let scores = cases.map(\.p), signed = cases.map(\.y), binary = signed.map { $0 < 0 ? 0.0 : 1.0 }
        let expected = cases.map(\.loss).reduce(0, +) / Double(cases.count)
        let a = perSample(loss, scores, signed), b = perSample(loss, scores, binary)
        #expect(isClose(a, expected, rel: rel, abs: 1e-15), "-1/1 labels: \(a), expected \(expected)")
        #expect(a == b, "0/1 labels: \(b)")
    }

    @Test("modified-huber, perceptron and logistic: the mean of scikit-learn's cases")
    func sklearnRows() {
        // (0 + 0 + 0 + 1 + 4 + 2.25 + 8 + 12) / 8
        Self.checkBothLabelings(.modifiedHuber, SklearnSGDValuesTests.modifiedHuber)
        #expect(Self.perSample(.modifiedHuber, SklearnSGDValuesTests.modifiedHuber.map(\.p),
                               SklearnSGDValuesTests.modifiedHuber.map(\.y)) == 27.25 / 8)
        Self.checkBothLabelings(.perceptron, SklearnSGDValuesTests.perceptron)
        Self.checkBothLabelings(.logistic, Array(SklearnSGDValuesTests.log.prefix(6)))
    }

    @Test("the other margin losses over one row of scores, against closed forms")
    func closedFormRows() {
        let scores = [0.5, -2, 3, -0.25, 0], signed = [1.0, -1, -1, 1, 1], binary = [1.0, 0, 0, 1, 1]
        let m = zip(scores, signed).map { $0 * $1 }  // 0.5, 2, -3, -0.25, 0
        let cases: [(LossDefinition, (Double) -> Double)] = [
            (.zeroOne, { $0 <= 0 ? 1 : 0 }),
            (.exponential, { exp(-$0) }),
            (.l2Margin, { (1 - $0) * (1 - $0) }),
            (.sigmoidMargin, { 1 - tanh($0) }),
            (.smoothedHinge, { $0 >= 1 ? 0 : ($0 >= 0 ? (1 - $0) * (1 - $0) / 2 : 0.5 - $0) }),
            (.dwd, { $0 <= 0.5 ? 1 - $0 : 1 / (4 * $0) }),
        ]
        for (loss, psi) in cases {
            let expected = m.map(psi).reduce(0, +) / 5
            let a = Self.perSample(loss, scores, signed), b = Self.perSample(loss, scores, binary)
            #expect(isClose(a, expected, rel: 1e-14), "\(loss.name): \(a), expected \(expected)")
            #expect(a == b, "\(loss.name) with 0/1 labels: \(b)")
        }
    }

    @Test("a 0 among -1 and 1 stays 0, as Keras's conversion leaves it: zero-one counts the margin 0 as an error")
    func mixedLabels() {
        // margins -0.3, 0, 0.3: 1, 1, 0
        #expect(Self.perSample(.zeroOne, [0.3, 0.3, 0.3], [-1, 0, 1]) == 2.0 / 3)
        // perceptron: 0.3, 0, 0
        #expect(isClose(Self.perSample(.perceptron, [0.3, 0.3, 0.3], [-1, 0, 1]), 0.1, rel: 1e-15))
    }
}
