import Foundation
import Testing
import LossFunctions

/// Limits and special cases, checked against closed forms.
@Suite("Limits and special cases")
struct LimitTests {
    static func huber(_ r: Double, delta: Double) -> Double {
        ElementwiseLoss(.huber, parameters: LossParameters(delta: delta)).value(prediction: r, target: 0)
    }

    static func pseudoHuber(_ r: Double, delta: Double) -> ElementwiseLoss {
        ElementwiseLoss(.pseudoHuber, parameters: LossParameters(delta: delta))
    }

    // MARK: Huber

    @Test("Huber tends to L2/2 as delta grows: the gap is exactly (|r| - delta)^2 / 2, then 0")
    func huberTendsToHalfL2() {
        let r = 10.0
        // Closed form: r^2/2 - delta (|r| - delta/2) = (|r| - delta)^2 / 2 while delta < |r|.
        for delta in [0.5, 1, 2, 4, 8, 9.5] {
            let gap = 0.5 * r * r - Self.huber(r, delta: delta)
            #expect(isClose(gap, 0.5 * (r - delta) * (r - delta), rel: 1e-13), "delta = \(delta): gap \(gap)")
        }
        // Once delta >= |r| it is L2/2 exactly, at every residual of a sweep.
        let half = ElementwiseLoss(.l2)
        let sweep = Sweep(-1000, 1000, count: 401)
        for i in 0..<sweep.count {
            let x = sweep.x(i)
            #expect(Self.huber(x, delta: 1e8) == 0.5 * half.value(prediction: x, target: 0), "x = \(x)")
        }
    }

    @Test("Huber's slope is capped at +-delta, and is the residual inside")
    func huberSlopeCap() {
        for delta in [0.25, 1, 3] {
            let loss = ElementwiseLoss(.huber, parameters: LossParameters(delta: delta))
            #expect(loss.derivative(prediction: 100, target: 0) == delta)
            #expect(loss.derivative(prediction: -100, target: 0) == -delta)
            #expect(loss.derivative(prediction: delta / 2, target: 0) == delta / 2)
            // Continuous at the joint: both pieces give delta^2 / 2 at |r| = delta.
            #expect(loss.value(prediction: delta, target: 0) == 0.5 * delta * delta)
        }
    }

    // MARK: Pseudo-Huber

    @Test("pseudo-Huber's slopes tend to +-delta", arguments: [0.25, 0.5, 1.0, 2.0, 5.0])
    func pseudoHuberSlopes(delta: Double) {
        let loss = Self.pseudoHuber(0, delta: delta)
        // Closed form: the slope is r / sqrt(1 + (r/delta)^2) = delta * u / sqrt(1 + u^2), u = r/delta.
        var previous = 0.0
        for u in [1.0, 10, 100, 1e3, 1e4, 1e6] {
            let slope = loss.derivative(prediction: u * delta, target: 0)
            #expect(isClose(slope, delta * u / (1 + u * u).squareRoot(), rel: 1e-14), "u = \(u)")
            #expect(slope > previous && slope < delta, "u = \(u): \(slope)")
            #expect(loss.derivative(prediction: -u * delta, target: 0) == -slope)
            previous = slope
        }
        // At u = 1e6 the slope is delta (1 - 5e-13) to within an ulp.
        #expect(isClose(loss.derivative(prediction: 1e6 * delta, target: 0), delta, rel: 1e-12))
        // And the curve approaches the line delta |r| - delta^2 (its asymptote):
        // delta^2 (sqrt(1 + 1e12) - 1) = delta^2 (1e6 - 1 + 5e-7 - ...).
        let far = loss.value(prediction: 1e6 * delta, target: 0)
        #expect(isClose(far, delta * delta * ((1 + 1e12).squareRoot() - 1), rel: 1e-14), "\(far)")
        #expect(isClose(far, delta * 1e6 * delta - delta * delta, rel: 1e-12))
    }

    @Test("pseudo-Huber tends to L2/2 as delta grows and to delta |r| as delta shrinks")
    func pseudoHuberLimits() {
        for r in [-3.0, -0.5, 0.1, 2.0] {
            // delta^2 (sqrt(1 + u^2) - 1) = r^2/2 - r^4 / (8 delta^2) + ...
            let big = Self.pseudoHuber(0, delta: 1e4).value(prediction: r, target: 0)
            #expect(isClose(big, 0.5 * r * r, rel: 1e-7), "r = \(r): \(big)")
            // = delta |r| - delta^2 + ... for |r| >> delta
            let small = Self.pseudoHuber(0, delta: 1e-4).value(prediction: r, target: 0)
            #expect(isClose(small, 1e-4 * Swift.abs(r) - 1e-8, rel: 1e-6), "r = \(r): \(small)")
        }
        // No cancellation near 0: the leading term r^2 / 2 survives for tiny residuals.
        #expect(isClose(Self.pseudoHuber(0, delta: 1).value(prediction: 1e-10, target: 0), 5e-21, rel: fewUlps))
    }

    // MARK: Barron's general loss (google-research/google-research robust_loss/general_test.py)

    /// general_test.py's grid: np.arange(-20, 20, 0.1), which numpy fills as -20 + i * ((-20 + 0.1) - (-20)).
    static let barronGrid: [Double] = {
        let step = (-20 + 0.1) - (-20.0)
        return (0..<400).map { -20 + Double($0) * step }
    }()

    struct SpecialAlpha: Sendable, CustomTestStringConvertible {
        let name: String
        let alpha: Double
        let kind: LossKind
        let closedForm: @Sendable (Double) -> Double  // of z = (x/c)^2
        var testDescription: String { "alpha = \(alpha): \(name)" }
    }

    static let specialAlphas: [SpecialAlpha] = [
        .init(name: "L2, z/2", alpha: 2, kind: .barron) { 0.5 * $0 },
        .init(name: "Cauchy, log(z/2 + 1)", alpha: 0, kind: .cauchy) { Foundation.log(0.5 * $0 + 1) },
        .init(name: "Welsch, 1 - exp(-z/2)", alpha: -.infinity, kind: .welsch) { 1 - Foundation.exp(-0.5 * $0) },
        .init(name: "Charbonnier, sqrt(z + 1) - 1", alpha: 1, kind: .charbonnier) { ($0 + 1).squareRoot() - 1 },
        .init(name: "Geman-McClure, 2z / (z + 4)", alpha: -2, kind: .gemanMcClure) { 2 * $0 / ($0 + 4) },
        .init(name: "quartic, z^2/8 + z/2", alpha: 4, kind: .barron) { $0 * $0 / 8 + $0 / 2 },
        .init(name: "alpha = +inf, exp(z/2) - 1", alpha: .infinity, kind: .barron) { Foundation.exp(0.5 * $0) - 1 },
    ]

    @Test("Barron's special alphas equal their closed forms (general_test.py: scale 1.7, rtol = atol = 1e-15)",
          arguments: specialAlphas)
    func barronSpecialAlpha(_ special: SpecialAlpha) {
        let c = 1.7
        for x in Self.barronGrid {
            let expected = special.closedForm((x / c) * (x / c))
            let general = Barron.value(x, alpha: special.alpha, scale: c)
            #expect(isClose(general, expected, rel: 1e-15, abs: 1e-15), "x = \(x): \(general) vs \(expected)")
            // The named loss is the same function of the residual, with delta as the scale.
            let named = ElementwiseLoss(special.kind, parameters: LossParameters(delta: c, alpha: special.alpha))
            #expect(named.value(prediction: x + 0.5, target: 0.5) == Barron.value((x + 0.5) - 0.5, alpha: special.alpha, scale: c))
        }
    }

    @Test("Barron's loss is continuous at its special alphas", arguments: [
        (2.0, 1e-4), (0.0, 1e-4), (1.0, 1e-4), (-2.0, 1e-4),
    ])
    func barronContinuity(alpha: Double, tolerance: Double) {
        let c = 1.7
        for x in stride(from: -10.0, through: 10.0, by: 0.25) {
            let exact = Barron.value(x, alpha: alpha, scale: c)
            for offset in [-1e-6, 1e-6, 1e-8] {
                let near = Barron.value(x, alpha: alpha + offset, scale: c)
                // The gap is about offset * d(loss)/d(alpha), at most a few units of offset here.
                #expect(isClose(near, exact, rel: tolerance * Swift.abs(offset) / 1e-6, abs: 1e-12),
                        "alpha = \(alpha + offset), x = \(x): \(near) vs \(exact)")
            }
            // And the derivative in x follows.
            let slope = Barron.derivative(x, alpha: alpha, scale: c)
            let nearSlope = Barron.derivative(x, alpha: alpha + 1e-6, scale: c)
            #expect(isClose(nearSlope, slope, rel: 1e-4, abs: 1e-10), "x = \(x)")
        }
    }

    @Test("Barron's loss tends to Welsch and to exp(z/2) - 1 as alpha goes to -inf and +inf")
    func barronInfiniteLimits() {
        let c = 1.7
        for x in stride(from: -4.0, through: 4.0, by: 0.25) {
            let welsch = Barron.value(x, alpha: -.infinity, scale: c)
            #expect(isClose(Barron.value(x, alpha: -1e8, scale: c), welsch, rel: 1e-6, abs: 1e-12), "x = \(x)")
            let plus = Barron.value(x, alpha: .infinity, scale: c)
            #expect(isClose(Barron.value(x, alpha: 1e8, scale: c), plus, rel: 1e-6, abs: 1e-12), "x = \(x)")
        }
    }

    @Test("Barron's bounds (general_test.py): loss < (alpha - 2)/alpha for alpha < 0, |dx| <= |x|/c^2 for alpha <= 2, |dx| <= 1/c for alpha <= 1")
    func barronBounds() {
        for alpha in [-16.0, -4, -2, -0.5, 0, 0.5, 1, 1.5, 2] {
            for c in [0.3, 1.0, 7.0] {
                for x in stride(from: -30.0, through: 30.0, by: 0.37) {
                    let f = Barron.value(x, alpha: alpha, scale: c)
                    let d = Barron.derivative(x, alpha: alpha, scale: c)
                    if alpha < 0 { #expect(f <= (alpha - 2) / alpha, "alpha \(alpha) c \(c) x \(x)") }
                    #expect(Swift.abs(d) <= (Swift.abs(x) + 300 * Double.ulpOfOne) / (c * c), "alpha \(alpha) c \(c) x \(x)")
                    if alpha <= 1 { #expect(Swift.abs(d) <= (1 + 300 * Double.ulpOfOne) / c, "alpha \(alpha) c \(c) x \(x)") }
                    // Monotone in |x| (testDerivativeIsMonotonicWrtX): the slope has the sign of x.
                    #expect(d == 0 || (d > 0) == (x > 0), "alpha \(alpha) c \(c) x \(x)")
                }
            }
        }
    }

    @Test("Barron's loss is scale invariant: f(m x, alpha, m c) = f(x, alpha, c) (testLossIsScaleInvariant)")
    func barronScaleInvariance() {
        for alpha: Double in [-.infinity, -3, -2, 0, 0.5, 1, 2, 3] {
            for m in [0.2, 3.0, 20.0] {
                for x in stride(from: -5.0, through: 5.0, by: 0.5) {
                    let f = Barron.value(x, alpha: alpha, scale: 1.3)
                    #expect(isClose(Barron.value(m * x, alpha: alpha, scale: m * 1.3), f, rel: 1e-13, abs: 1e-15),
                            "alpha \(alpha) m \(m) x \(x)")
                }
            }
        }
    }

    // MARK: Weighted sigmoid cross-entropy

    @Test("weighted sigmoid cross-entropy with pos_weight 1 is sigmoid cross-entropy; with w it weights the positive term")
    func weightedSigmoidReduces() {
        let plain = ElementwiseLoss(.sigmoidCrossEntropy)
        let one = ElementwiseLoss(.weightedSigmoidCrossEntropy, parameters: LossParameters(posWeight: 1))
        let half = ElementwiseLoss(.weightedSigmoidCrossEntropy, parameters: LossParameters(posWeight: 0.5))
        for z in stride(from: -10.0, through: 10.0, by: 0.5) {
            for t in [0.0, 0.25, 1.0] {
                #expect(isClose(one.value(prediction: z, target: t), plain.value(prediction: z, target: t),
                                rel: 1e-14, abs: 4 * Swift.abs(z).ulp))
                #expect(isClose(one.derivative(prediction: z, target: t), plain.derivative(prediction: z, target: t),
                                rel: 1e-14, abs: 1e-15))
            }
            // Closed form (tf.nn.weighted_cross_entropy_with_logits): at t = 1 the loss is w * softplus(-z).
            let softplus = Foundation.log1p(Foundation.exp(-Swift.abs(z))) + max(-z, 0)
            #expect(isClose(half.value(prediction: z, target: 1), 0.5 * softplus, rel: 1e-14))
            // At t = 0 the weight does not enter: softplus(z). (The peers' formula, used by TF's
            // weighted_cross_entropy_with_logits and PyTorch's pos_weight, computes z + (softplus(-z))
            // and cancels for z < 0, so it is exact to an ulp of |z|, not relative to the small result.)
            #expect(isClose(half.value(prediction: z, target: 0), plain.value(prediction: z, target: 0),
                            rel: 1e-14, abs: 4 * Swift.abs(z).ulp))
        }
    }
}
