import Testing
import LossFunctions

/// One swept loss whose derivative is checked against a central finite difference.
struct DerivativeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let curve: LossCurve
    let sweep: Sweep
    /// Points where the loss or its slope bends; samples within a few steps of them are skipped.
    let kinks: [Double]

    var testDescription: String { name }

    init(_ name: String, _ kind: LossKind, _ parameters: LossParameters = LossParameters(), target: Double,
         sweep: Sweep, kinks: [Double] = []) {
        self.name = name
        self.curve = LossCurve(kind, parameters: parameters, target: .scalar(target))
        self.sweep = sweep
        self.kinks = kinks
    }

    init(_ name: String, _ kind: LossKind, _ parameters: LossParameters = LossParameters(),
         row target: DistributionTargetValue, rest: [Double], sweep: Sweep) {
        self.name = name
        self.curve = LossCurve(kind, parameters: parameters, target: .row(target), rest: rest)
        self.sweep = sweep
        self.kinks = []
    }
}

/// Every loss's derivative against a central finite difference of its own value, over a sweep.
@Suite("Derivatives against central finite differences")
struct DerivativeTests {
    static let real = Sweep(-3, 3, count: 241)
    static let probability = Sweep(0.01, 0.99, count: 197)
    static let keras = LossParameters(epsilon: 1e-7)

    static let elementwise: [DerivativeCase] = [
        .init("l1", .l1, target: 0.3, sweep: real, kinks: [0.3]),
        .init("l2", .l2, target: 0.3, sweep: real),
        .init("msle", .msle, target: 1, sweep: Sweep(-0.9, 4, count: 197)),
        .init("msle, Keras epsilon", .msle, keras, target: 1, sweep: Sweep(-0.9, 4, count: 197), kinks: [1e-7]),
        .init("huber delta 0.5", .huber, LossParameters(delta: 0.5), target: 0.2, sweep: real, kinks: [-0.3, 0.7]),
        .init("huber delta 2", .huber, LossParameters(delta: 2), target: 0, sweep: real, kinks: [-2, 2]),
        .init("pseudo-huber delta 0.25", .pseudoHuber, LossParameters(delta: 0.25), target: 0, sweep: real),
        .init("pseudo-huber delta 5", .pseudoHuber, LossParameters(delta: 5), target: -0.5, sweep: real),
        .init("log-cosh", .logCosh, target: -0.4, sweep: Sweep(-8, 8, count: 161)),
        .init("smooth-l1 beta 0.7", .smoothL1, LossParameters(beta: 0.7), target: 0.1, sweep: real, kinks: [-0.6, 0.8]),
        .init("quantile tau 0.3", .quantile, LossParameters(tau: 0.3), target: 0.5, sweep: real, kinks: [0.5]),
        .init("poisson", .poisson, target: 2.5, sweep: Sweep(0.05, 5, count: 100)),
        .init("poisson, Keras epsilon", .poisson, keras, target: 2.5, sweep: Sweep(0.05, 5, count: 100)),
        .init("tukey c 1.5", .tukey, LossParameters(delta: 1.5), target: 0.25, sweep: real, kinks: [-1.25, 1.75]),
        .init("barron alpha 0.5 c 0.7", .barron, LossParameters(delta: 0.7, alpha: 0.5), target: 0, sweep: real),
        .init("barron alpha -3.5 c 0.7", .barron, LossParameters(delta: 0.7, alpha: -3.5), target: 0.1, sweep: real),
        .init("barron alpha 3 c 0.7", .barron, LossParameters(delta: 0.7, alpha: 3), target: 0, sweep: real),
        .init("barron alpha 2 c 0.7", .barron, LossParameters(delta: 0.7, alpha: 2), target: 0, sweep: real),
        .init("barron alpha 0 c 0.7", .barron, LossParameters(delta: 0.7, alpha: 0), target: 0, sweep: real),
        .init("barron alpha -inf c 0.7", .barron, LossParameters(delta: 0.7, alpha: -.infinity), target: 0, sweep: real),
        .init("barron alpha +inf c 1.5", .barron, LossParameters(delta: 1.5, alpha: .infinity), target: 0, sweep: real),
        .init("charbonnier c 0.7", .charbonnier, LossParameters(delta: 0.7), target: 0, sweep: real),
        .init("cauchy c 0.7", .cauchy, LossParameters(delta: 0.7), target: 0, sweep: real),
        .init("geman-mcclure c 0.7", .gemanMcClure, LossParameters(delta: 0.7), target: 0, sweep: real),
        .init("welsch c 0.7", .welsch, LossParameters(delta: 0.7), target: 0, sweep: real),
        .init("hinge t 1", .hinge, target: 1, sweep: real, kinks: [1]),
        .init("hinge t 0 (read as -1)", .hinge, target: 0, sweep: real, kinks: [-1]),
        .init("hinge t -1", .hinge, target: -1, sweep: real, kinks: [-1]),
        .init("squared hinge t 1", .squaredHinge, target: 1, sweep: real, kinks: [1]),
        .init("squared hinge t 0 (read as -1)", .squaredHinge, target: 0, sweep: real, kinks: [-1]),
        .init("binary cross-entropy t 1", .binaryCrossEntropy, target: 1, sweep: probability),
        .init("binary cross-entropy t 0", .binaryCrossEntropy, target: 0, sweep: probability),
        .init("binary cross-entropy t 0.3", .binaryCrossEntropy, target: 0.3, sweep: probability),
        .init("binary cross-entropy t 0.3, Keras epsilon", .binaryCrossEntropy, keras, target: 0.3, sweep: probability),
        .init("sigmoid cross-entropy t 1", .sigmoidCrossEntropy, target: 1, sweep: Sweep(-8, 8, count: 161)),
        .init("sigmoid cross-entropy t 0", .sigmoidCrossEntropy, target: 0, sweep: Sweep(-8, 8, count: 161)),
        .init("sigmoid cross-entropy t 0.3", .sigmoidCrossEntropy, target: 0.3, sweep: Sweep(-8, 8, count: 161)),
        .init("weighted sigmoid w 0.5 t 1", .weightedSigmoidCrossEntropy, LossParameters(posWeight: 0.5), target: 1,
              sweep: Sweep(-8, 8, count: 161)),
        .init("weighted sigmoid w 3 t 0.3", .weightedSigmoidCrossEntropy, LossParameters(posWeight: 3), target: 0.3,
              sweep: Sweep(-8, 8, count: 161)),
        .init("weighted sigmoid w 0 t 0", .weightedSigmoidCrossEntropy, LossParameters(posWeight: 0), target: 0,
              sweep: Sweep(-8, 8, count: 161)),
    ]

    static let logits = Sweep(-5, 15, count: 201)

    static let distribution: [DerivativeCase] = [
        .init("softmax, target (0.1, 0.02, 0.88)", .softmaxCrossEntropy,
              row: .distribution([0.1, 0.02, 0.88]), rest: [-3, 10], sweep: logits),
        .init("softmax, target sums to 0.5", .softmaxCrossEntropy,
              row: .distribution([0.25, 0.1, 0.15]), rest: [-3, 10], sweep: logits),
        .init("softmax, class 0", .softmaxCrossEntropy, row: .classIndex(0), rest: [-3, 10], sweep: logits),
        .init("sparse softmax, class 2", .sparseSoftmaxCrossEntropy, row: .classIndex(2), rest: [-3, 10], sweep: logits),
        .init("categorical, target (0.2, 0.5, 0.3)", .categoricalCrossEntropy,
              row: .distribution([0.2, 0.5, 0.3]), rest: [1, 3], sweep: probability),
        .init("categorical, Keras epsilon", .categoricalCrossEntropy, keras,
              row: .distribution([0.2, 0.5, 0.3]), rest: [1, 3], sweep: probability),
        .init("sparse categorical, class 0", .sparseCategoricalCrossEntropy, row: .classIndex(0), rest: [1, 3],
              sweep: probability),
        .init("sparse categorical, class 2, Keras epsilon", .sparseCategoricalCrossEntropy, keras,
              row: .classIndex(2), rest: [1, 3], sweep: probability),
        .init("kl, q (0.3, 0.7)", .klDivergence, row: .distribution([0.3, 0.7]), rest: [1], sweep: probability),
        .init("kl, q (0.2, 0.5, 0.3), Keras epsilon", .klDivergence, keras,
              row: .distribution([0.2, 0.5, 0.3]), rest: [1, 3], sweep: probability),
        .init("kl, q (0, 1)", .klDivergence, row: .distribution([0, 1]), rest: [1], sweep: probability),
        .init("entropy (constant in p)", .entropy, row: .distribution([0.3, 0.7]), rest: [1], sweep: probability),
    ]

    /// Checks `curve.derivative` against the central difference at every sample away from a kink;
    /// returns how many samples were checked.
    static func check(_ c: DerivativeCase) -> Int {
        var checked = 0
        for i in 0..<c.sweep.count {
            let x = c.sweep.x(i)
            let h = finiteDifferenceStep(at: x)
            if c.kinks.contains(where: { Swift.abs(x - $0) <= 4 * h }) { continue }
            let numeric = centralDifference({ c.curve.value(at: $0) }, at: x, step: h)
            let analytic = c.curve.derivative(at: x)
            #expect(isClose(analytic, numeric, rel: 1e-6, abs: 1e-6),
                    "\(c.name) at x = \(x): derivative \(analytic), finite difference \(numeric)")
            checked += 1
        }
        return checked
    }

    @Test("elementwise derivative = central difference", arguments: elementwise)
    func elementwiseDerivative(_ c: DerivativeCase) {
        #expect(Self.check(c) > c.sweep.count - 20)
    }

    @Test("distribution derivative along the curve = central difference", arguments: distribution)
    func distributionDerivative(_ c: DerivativeCase) {
        #expect(Self.check(c) == c.sweep.count)
    }

    @Test("at a kink the derivative is the subgradient 0")
    func subgradientAtKinks() {
        #expect(ElementwiseLoss(.l1).derivative(prediction: 0.3, target: 0.3) == 0)
        #expect(ElementwiseLoss(.quantile).derivative(prediction: 2, target: 2) == 0)
        #expect(ElementwiseLoss(.hinge).derivative(prediction: 1, target: 1) == 0)
        #expect(ElementwiseLoss(.hinge).derivative(prediction: -1, target: 0) == 0)
        // Either side of the kink, the one-sided slopes.
        #expect(ElementwiseLoss(.l1).derivative(prediction: 0.31, target: 0.3) == 1)
        #expect(ElementwiseLoss(.l1).derivative(prediction: 0.29, target: 0.3) == -1)
        let quantile = ElementwiseLoss(.quantile, parameters: LossParameters(tau: 0.3))
        #expect(quantile.derivative(prediction: 2.5, target: 2) == 0.7)
        #expect(quantile.derivative(prediction: 1.5, target: 2) == -0.3)
    }

    @Test("the derivatives of DistributionLoss.gradient match central differences entry by entry",
          arguments: [
              (LossKind.softmaxCrossEntropy, false, [1.0, -3.0, 10.0, 0.5]),
              (LossKind.categoricalCrossEntropy, false, [0.1, 0.2, 0.3, 0.4]),
              (LossKind.categoricalCrossEntropy, false, [0.3, 0.5, 0.9, 0.2]),
              (LossKind.categoricalCrossEntropy, true, [0.1, 0.2, 0.3, 0.4]),
              (LossKind.categoricalCrossEntropy, true, [0.3, 0.5, 0.9, 0.2]),
              (LossKind.klDivergence, false, [0.3, 0.5, 0.9, 0.2]),
              (LossKind.klDivergence, true, [0.3, 0.5, 0.9, 0.2]),
              (LossKind.entropy, false, [0.3, 0.5, 0.9, 0.2]),
          ])
    func rowGradient(kind: LossKind, kerasEpsilon: Bool, row: [Double]) {
        let loss = DistributionLoss(kind, parameters: kerasEpsilon ? Self.keras : LossParameters())
        let target = DistributionTargetValue.distribution([0.1, 0.4, 0.0, 0.5])
        var gradient = [Double](repeating: .nan, count: row.count)
        row.withUnsafeBufferPointer { r in
            gradient.withUnsafeMutableBufferPointer { loss.gradient(r, target: target, into: $0) }
        }
        for i in row.indices {
            let h = finiteDifferenceStep(at: row[i])
            let numeric = centralDifference({ v in
                var moved = row
                moved[i] = v
                return loss.value(moved, target: target)
            }, at: row[i], step: h)
            #expect(isClose(gradient[i], numeric, rel: 1e-6, abs: 1e-6),
                    "\(kind.rawValue) entry \(i): gradient \(gradient[i]), finite difference \(numeric)")
        }
    }

    @Test("where Keras clips a probability the loss is flat, and so is its derivative")
    func clippedZoneIsFlat() {
        // Binary cross-entropy below epsilon and above 1 - epsilon.
        for p in [0.0, 5e-8, 1.0, 1 - 5e-8] {
            for t in [0.0, 0.3, 1.0] {
                #expect(ElementwiseLoss(.binaryCrossEntropy, parameters: Self.keras).derivative(prediction: p, target: t) == 0)
            }
        }
        // MSLE below epsilon.
        #expect(ElementwiseLoss(.msle, parameters: Self.keras).derivative(prediction: -0.5, target: 1) == 0)
        // Categorical and KL: the first probability s of (s, (1 - s) w) is clipped below 1e-7, so only the
        // other entries move. Closed forms along the curve for s in [0, 1e-7]:
        //   class 0:                     flat, derivative 0
        //   class 1, rest [1, 1]:        -log((1 - s) / 2), derivative 1 / (1 - s)
        //   KL, q = (0.3, 0.7), rest [1]: 0.7 log(0.7 / (1 - s)) + const, derivative 0.7 / (1 - s)
        let class0 = LossCurve(.sparseCategoricalCrossEntropy, parameters: Self.keras, target: .row(.classIndex(0)))
        let class1 = LossCurve(.sparseCategoricalCrossEntropy, parameters: Self.keras, target: .row(.classIndex(1)),
                               rest: [1, 1])
        let kl = LossCurve(.klDivergence, parameters: Self.keras, target: .row(.distribution([0.3, 0.7])))
        for s in [0.0, 5e-8] {
            #expect(class0.derivative(at: s) == 0, "s = \(s)")
            #expect(isClose(class1.derivative(at: s), 1 / (1 - s), rel: 1e-12), "s = \(s): \(class1.derivative(at: s))")
            #expect(isClose(kl.derivative(at: s), 0.7 / (1 - s), rel: 1e-6), "s = \(s): \(kl.derivative(at: s))")
        }
        // And the value there is the clipped, finite -log(1e-7).
        #expect(isClose(class0.value(at: 0), 16.11809565095832, rel: 1e-14))
        // The central difference agrees inside the zone.
        for curve in [class0, class1, kl] {
            let numeric = centralDifference({ curve.value(at: $0) }, at: 5e-8, step: 2e-8)
            #expect(isClose(curve.derivative(at: 5e-8), numeric, rel: 1e-6, abs: 1e-6), "\(curve.kind.rawValue): \(numeric)")
        }
    }
}
