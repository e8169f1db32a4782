import Foundation
import LossFunctions
import Testing

/// Every loss's first derivative against finite differences of its value and its second against
/// finite differences of its first, at its library defaults and at each figure value.
@Suite("First and second derivatives of every loss against finite differences")
struct SecondDerivativeTests {
    /// Whether `analytic` matches the central, forward or backward difference of g at x with step h
    /// (at a kink exactly on x, the one-sided value the loss documents is one of the two sides).
    static func matches(_ analytic: Double, _ g: (Double) -> Double, at x: Double, step h: Double) -> Bool {
        let (a, m, b) = (g(x - h), g(x), g(x + h))
        let differences = [(b - a) / (2 * h), (b - m) / h, (m - a) / h]
        let tolerance = 2e-5 * max(1, abs(analytic))
        return differences.contains { abs($0 - analytic) <= tolerance }
    }

    @Test("f' and f'' against finite differences over the figure's range", arguments: CatalogCase.all)
    func againstFiniteDifferences(_ c: CatalogCase) {
        let curve = c.curve
        let (lower, upper) = c.domain
        var checked = 0
        for x in c.small.enumerated().filter({ $0.offset % 10 == 5 }).map(\.element) {
            let room = min(x - lower, upper - x)
            guard room > 1e-3 else { continue }
            // A power of two about 2^-17 of |x|, smaller near the domain's ends.
            let raw = min(Double(sign: .plus, exponent: max(1, abs(x)).exponent - 17, significand: 1), room * 1e-3)
            let h = Double(sign: .plus, exponent: raw.exponent, significand: 1)
            let (value, first, second) = (curve.value(at: x), curve.derivative(at: x), curve.secondDerivative(at: x))
            guard value.isFinite else { continue }
            #expect(Self.matches(first, curve.value(at:), at: x, step: h), "f'(\(x)) = \(first)")
            #expect(Self.matches(second, curve.derivative(at:), at: x, step: h), "f''(\(x)) = \(second)")
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test("exact special values: L2 2, log-cosh at 0 1, Huber 1 inside delta and 0 outside, sigmoid CE s(1 - s)")
    func specialValues() {
        let l2 = LossCurve(.l2, parameters: ParameterValues(), target: .scalar(0.5))
        #expect([-3.0, 0, 0.5, 7].allSatisfy { l2.secondDerivative(at: $0) == 2 })
        let logCosh = LossCurve(.logCosh, parameters: ParameterValues(), target: .scalar(0))
        #expect(logCosh.secondDerivative(at: 0) == 1)
        let huber = LossCurve(.huber, parameters: ParameterValues([.delta: 0.5]), target: .scalar(0))
        #expect(huber.secondDerivative(at: 0.3) == 1 && huber.secondDerivative(at: -0.5) == 1)
        #expect(huber.secondDerivative(at: 0.6) == 0 && huber.secondDerivative(at: -2) == 0)
        let sigmoid = LossCurve(.sigmoidCrossEntropy, parameters: ParameterValues(), target: .scalar(1))
        for z in [-3.0, 0, 0.7, 4] {
            let s = 1 / (1 + exp(-z))
            #expect(abs(sigmoid.secondDerivative(at: z) - s * (1 - s)) <= 1e-15, "z = \(z)")
        }
    }
}
