import Foundation
import LossFunctions
import Testing

/// Issue 10's kinds of fault, for every loss: derivatives that keep a term the value drops, and
/// stable forms that are not carried through.
@Suite("Values and derivatives agree at the ends of every domain; stable forms hold at any magnitude")
struct BoundaryTests {
    @Test("where the loss is finite, neither derivative is NaN, ends of the domain included", arguments: CatalogCase.all)
    func derivativesWhereFinite(_ c: CatalogCase) {
        let (lower, upper) = c.domain
        var xs = c.small + c.tails.flatMap { $0 }
        if lower.isFinite { xs.append(lower) }
        if upper.isFinite { xs.append(upper) }
        for x in xs {
            let curve = c.curve
            let value = curve.value(at: x)
            guard value.isFinite else { continue }
            #expect(!curve.derivative(at: x).isNaN, "f(\(x)) = \(value) but f'(\(x)) is NaN")
            #expect(!curve.secondDerivative(at: x).isNaN, "f(\(x)) = \(value) but f''(\(x)) is NaN")
        }
    }

    @Test("binary cross-entropy at p = 1 for t = 1: loss 0, derivative -1, second derivative 1 (closed form of -log p)")
    func bceAtOne() {
        let bce = LossCurve(.binaryCrossEntropy, parameters: ParameterValues(), target: .scalar(1))
        #expect(bce.value(at: 1) == 0)
        #expect(bce.derivative(at: 1) == -1)
        #expect(bce.secondDerivative(at: 1) == 1)
        let zero = LossCurve(.binaryCrossEntropy, parameters: ParameterValues(), target: .scalar(0))
        #expect(zero.value(at: 0) == 0 && zero.derivative(at: 0) == 1 && zero.secondDerivative(at: 0) == 1)
    }

    @Test("softmax cross-entropy of k equal logits is log k at any magnitude, with gradient 1/k - q",
          arguments: [1e12, 1e16, 1e300, -1e300, 0])
    func equalLogits(_ c: Double) {
        for loss in [LossDefinition.softmaxCrossEntropy, .sparseSoftmaxCrossEntropy] {
            guard let kernel = loss.rowKernel else { continue }
            for k in [2, 3] {
                let row = Array(repeating: c, count: k)
                let target: RowTarget = kernel.target == .classIndex ? .classIndex(1) : .distribution([0] + [1] + Array(repeating: 0, count: k - 2))
                let value = kernel.value(row, target: target, parameters: loss.standardValues)
                #expect(abs(value - log(Double(k))) <= 1e-15, "\(loss.name), \(k) logits of \(c): \(value)")
                var g = [Double](repeating: .nan, count: k)
                row.withUnsafeBufferPointer { r in g.withUnsafeMutableBufferPointer { kernel.gradient(r, target, loss.standardValues, $0) } }
                #expect(abs(g[1] - (1 / Double(k) - 1)) <= 1e-15 && abs(g[0] - 1 / Double(k)) <= 1e-15, "\(loss.name): \(g)")
            }
        }
    }

    @Test("a sweep of softmax cross-entropy with the other logits at 1e16 is exact: log(1 + e^(z0 - 1e16)) for class 1")
    func sweepAtLargeLogits() {
        let curve = LossCurve(.sparseSoftmaxCrossEntropy, parameters: ParameterValues(), target: .row(.classIndex(1)), rest: [1e16])
        #expect(curve.value(at: 1e16) == log(2.0))
        #expect(curve.derivative(at: 1e16) == 0.5)
        #expect(curve.secondDerivative(at: 1e16) == 0.25)
    }
}
