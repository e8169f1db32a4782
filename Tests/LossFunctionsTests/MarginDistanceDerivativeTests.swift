import LossFunctions
import Testing

/// One new loss at one parameter setting and target, with the points where its value, slope or
/// curvature bends (in the swept x); points within 0.005 of them are skipped.
struct FiniteDifferenceCase: Sendable, CustomTestStringConvertible {
    let loss: LossDefinition
    let parameters: [LossParameter: Double]
    let target: Double
    let kinks: [Double]

    init(_ loss: LossDefinition, _ parameters: [LossParameter: Double] = [:], target: Double = 1, kinks: [Double] = []) {
        (self.loss, self.parameters, self.target, self.kinks) = (loss, parameters, target, kinks)
    }

    var testDescription: String {
        ([loss.name] + parameters.map { "\($0.key.name) \($0.value)" } + ["t \(target)"]).joined(separator: ", ")
    }
}

/// The first derivative of each new loss against a central difference of its value, and the second
/// against a central difference of the first, at several parameter values and both labels.
@Suite("Margin and distance losses: derivatives against central differences")
struct MarginDistanceDerivativeTests {
    static let cases: [FiniteDifferenceCase] = [
        .init(.zeroOne, kinks: [0]), .init(.zeroOne, target: -1, kinks: [0]),
        .init(.perceptron, kinks: [0]), .init(.perceptron, target: -1, kinks: [0]),
        .init(.logistic), .init(.logistic, target: -1),
        .init(.exponential), .init(.exponential, target: -1),
        .init(.modifiedHuber, kinks: [-1, 1]), .init(.modifiedHuber, target: -1, kinks: [-1, 1]),
        .init(.smoothedHinge, [.gamma: 1], kinks: [0, 1]), .init(.smoothedHinge, [.gamma: 0.3], kinks: [0.7, 1]),
        .init(.smoothedHinge, [.gamma: 2.5], target: -1, kinks: [1.5, -1]),
        .init(.l2Margin), .init(.l2Margin, target: -1),
        .init(.sigmoidMargin), .init(.sigmoidMargin, target: -1),
        .init(.dwd, [.q: 1], kinks: [0.5]), .init(.dwd, [.q: 0.4], kinks: [0.4 / 1.4]),
        .init(.dwd, [.q: 3], target: -1, kinks: [-0.75]),
        .init(.epsilonInsensitive, [.width: 0.1], target: 0.2, kinks: [0.1, 0.3]),
        .init(.epsilonInsensitive, [.width: 0], target: 0, kinks: [0]),
        .init(.squaredEpsilonInsensitive, [.width: 0.1], target: 0.2, kinks: [0.1, 0.3]),
        .init(.squaredEpsilonInsensitive, [.width: 1.3], target: -0.5, kinks: [-1.8, 0.8]),
        .init(.squaredEpsilonInsensitive, [.width: 0], target: 0.5),
        .init(.lpDistance, [.power: 0.5], target: 0, kinks: [0]), .init(.lpDistance, [.power: 1], target: 0, kinks: [0]),
        .init(.lpDistance, [.power: 1.5], target: 0.3, kinks: [0.3]), .init(.lpDistance, [.power: 2], target: 0),
        .init(.lpDistance, [.power: 3.7], target: -1, kinks: [-1]),
        .init(.logitDistance, target: 0), .init(.logitDistance, target: 1.5),
        .init(.periodic, [.period: 1], target: 0), .init(.periodic, [.period: 0.7], target: 0.4),
        .init(.periodic, [.period: 3], target: -1),
        .init(.mape, target: 1, kinks: [1]), .init(.mape, target: -0.4, kinks: [-0.4]),
    ]

    /// x from -3 to 3, off the tenths so that no point sits on a kink.
    static let points: [Double] = (0...60).map { -3 + 0.1 * Double($0) + 0.0123 }

    @Test("f' against (f(x + h) - f(x - h)) / 2h, f'' against the same difference of f'", arguments: cases)
    func derivatives(_ c: FiniteDifferenceCase) {
        let k = ElementwiseLoss(c.loss, parameters: LossParameters(c.parameters))
        let f = { (x: Double) in k.value(prediction: x, target: c.target) }
        let d1 = { (x: Double) in k.derivative(prediction: x, target: c.target) }
        let d2 = { (x: Double) in k.secondDerivative(prediction: x, target: c.target) }
        var checked = 0
        for x in Self.points where !c.kinks.contains(where: { abs($0 - x) < 0.005 }) {
            let h = finiteDifferenceStep(at: x)
            let slope = centralDifference(f, at: x, step: h), curvature = centralDifference(d1, at: x, step: h)
            #expect(isClose(d1(x), slope, rel: 1e-6, abs: 1e-7 * max(1, abs(f(x)))), "x \(x): f' \(d1(x)), difference \(slope)")
            #expect(isClose(d2(x), curvature, rel: 1e-6, abs: 1e-7 * max(1, abs(d1(x)))),
                    "x \(x): f'' \(d2(x)), difference \(curvature)")
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test("the values taken at kinks are the documented one-sided ones")
    func kinkValues() {
        // perceptron: -y at m = 0 (scikit-learn); modified-huber: 2 at m = -1, 0 at m = 1.
        #expect(ElementwiseLoss(.perceptron).derivative(prediction: 0, target: 1) == -1)
        #expect(ElementwiseLoss(.perceptron).derivative(prediction: 0, target: -1) == 1)
        #expect(ElementwiseLoss(.modifiedHuber).secondDerivative(prediction: -1, target: 1) == 2)
        #expect(ElementwiseLoss(.modifiedHuber).secondDerivative(prediction: 1, target: 1) == 0)
        // epsilon-insensitive: the flat side at |r| = width (scikit-learn's dloss).
        let width = LossParameters([.width: 0.5])
        #expect(ElementwiseLoss(.epsilonInsensitive, parameters: width).derivative(prediction: 0.5, target: 0) == 0)
        #expect(ElementwiseLoss(.squaredEpsilonInsensitive, parameters: width).secondDerivative(prediction: -0.5, target: 0) == 0)
        // lp-distance at r = 0: the limits of p(p - 1)|r|^(p - 2).
        let lp = { (p: Double) in ElementwiseLoss(.lpDistance, parameters: LossParameters([.power: p])) }
        #expect(lp(1.5).secondDerivative(prediction: 0, target: 0) == .infinity)
        #expect(lp(2).secondDerivative(prediction: 0, target: 0) == 2)
        #expect(lp(3).secondDerivative(prediction: 0, target: 0) == 0)
        #expect(lp(0.5).secondDerivative(prediction: 0, target: 0) == -.infinity)
        #expect(lp(0.5).derivative(prediction: 0, target: 0) == 0)
    }
}
