import Foundation
import LossFunctions
import Testing

/// Direct evidence for the declared properties that a grid sweep cannot see: a jump has no Lipschitz
/// constant, |r|^1.5 has no second derivative at 0, |r|^3 is strictly convex though f''(0) = 0.
@Suite("Margin and distance losses: the properties grids miss, shown by limits")
struct MarginDistancePropertyEvidenceTests {
    static func curve(_ loss: LossDefinition, _ parameters: [Double] = [], target: Double) -> LossCurve {
        LossCurve(loss, parameters: loss.values(parameters), target: .scalar(target))
    }

    @Test("zero-one: the difference quotient across m = 0 is 1/(2h), unbounded, so no Lipschitz constant")
    func zeroOneHasNoLipschitzConstant() {
        let f = Self.curve(.zeroOne, target: 1)
        for h in [1e-3, 1e-6, 1e-9, 1e-12] {
            #expect((f.value(at: -h) - f.value(at: h)) / (2 * h) == 1 / (2 * h))
        }
        #expect(LossDefinition.zeroOne.properties(ParameterValues(), .scalar(1)).lipschitz == nil)
        // LossFunctions.jl declares ZeroOneLoss Lipschitz (CATALOG.md B.14 d).
    }

    @Test("lp-distance p = 1.5: (f'(h) - f'(0))/h = 1.5/sqrt(h) is unbounded, so no second derivative at 0")
    func lpHasNoSecondDerivativeAtZero() {
        let f = Self.curve(.lpDistance, [1.5], target: 0)
        var previous = 0.0
        for h in [1e-2, 1e-4, 1e-8, 1e-12] {
            let quotient = (f.derivative(at: h) - f.derivative(at: 0)) / h
            #expect(isClose(quotient, 1.5 / h.squareRoot(), rel: 1e-12) && quotient > previous)
            previous = quotient
        }
        let p = LossDefinition.lpDistance.properties(ParameterValues([.power: 1.5]), .scalar(0))
        #expect(p.differentiable && !p.twiceDifferentiable)
        // p = 2.5: the quotient 3.75 sqrt(h) tends to 0, the value f''(0) = 0 taken.
        let smooth = Self.curve(.lpDistance, [2.5], target: 0)
        #expect(abs((smooth.derivative(at: 1e-12) - smooth.derivative(at: 0)) / 1e-12) < 1e-5)
        #expect(LossDefinition.lpDistance.properties(ParameterValues([.power: 2.5]), .scalar(0)).twiceDifferentiable)
    }

    @Test("lp-distance p = 3 is strictly convex although f''(0) = 0: the midpoint inequality is strict across 0")
    func lpStrictlyConvexAtFlatCurvature() {
        let f = Self.curve(.lpDistance, [3], target: 0)
        #expect(f.secondDerivative(at: 0) == 0)
        for (a, b) in [(-1e-3, 1e-3), (0, 1e-2), (-0.5, 0.1)] {
            #expect(f.value(at: (a + b) / 2) < (f.value(at: a) + f.value(at: b)) / 2, "a \(a) b \(b)")
        }
        #expect(LossDefinition.lpDistance.properties(ParameterValues([.power: 3]), .scalar(0)).strictlyConvex)
    }

    @Test("dwd: f'' jumps from 0 to (q + 1)^2/q at the knee, so it is not twice differentiable (LossFunctions.jl says it is)")
    func dwdCurvatureJumps() {
        for q in [0.5, 1, 2] {
            let f = Self.curve(.dwd, [q], target: 1), knee = q / (q + 1)
            #expect(f.secondDerivative(at: knee) == 0)
            #expect(isClose(f.secondDerivative(at: knee.nextUp), (q + 1) * (q + 1) / q, rel: 1e-12), "q \(q)")
            #expect(!LossDefinition.dwd.properties(ParameterValues([.q: q]), .scalar(1)).twiceDifferentiable)
        }
    }

    @Test("squared-epsilon-insensitive is flat on the tube: not strictly convex (LossFunctions.jl says it is)")
    func squaredEpsilonInsensitiveFlat() {
        let f = Self.curve(.squaredEpsilonInsensitive, [0.1], target: 0)
        #expect(f.value(at: -0.05) == 0 && f.value(at: 0.05) == 0 && f.value(at: 0) == 0)
        #expect(!LossDefinition.squaredEpsilonInsensitive.properties(ParameterValues([.width: 0.1]), .scalar(0)).strictlyConvex)
        #expect(LossDefinition.squaredEpsilonInsensitive.properties(ParameterValues([.width: 0]), .scalar(0)).strictlyConvex)
    }

    @Test("mape is the same on both sides of a fixed target: symmetric in the residual")
    func mapeSymmetric() {
        let f = Self.curve(.mape, target: 2.5)
        for d in [0.1, 1, 7.25] { #expect(f.value(at: 2.5 + d) == f.value(at: 2.5 - d), "d \(d)") }
        #expect(LossDefinition.mape.properties(ParameterValues(), .scalar(2.5)).symmetric == true)
    }

    @Test("perceptron is not classification-calibrated: the score 0 costs 0 for every class probability")
    func perceptronNotCalibrated() {
        let f = Self.curve(.perceptron, target: 1)
        for eta in [0.1, 0.7, 0.99] {
            let risk = { (a: Double) in eta * f.value(at: a) + (1 - eta) * f.value(at: -a) }
            #expect(risk(0) == 0 && risk(1) > 0 && risk(-1) > 0, "eta \(eta)")
        }
        #expect(LossDefinition.perceptron.properties(ParameterValues(), .scalar(1)).classificationCalibrated == false)
    }
}
