import Foundation
import Testing
import LossFunctions

/// categorical-focal, multiclass-hinge, dice and tversky against Keras's losses_test.py
/// (CategoricalFocalCrossentropyTest, DiceTest, TverskyTest; keras-team/keras), optax's
/// MulticlassHingeLossTest (google-deepmind/optax optax/losses/_classification_test.py), CATALOG.md
/// B.8 and B.11; their derivatives against finite differences.
@Suite("Categorical focal, multiclass hinge, Dice and Tversky")
struct SegmentationAndMulticlassTests {
    static func perSample(_ loss: LossDefinition, _ values: [Double], pred: [[Double]], target: [[Double]]) -> [Double] {
        BatchLoss(loss, parameters: loss.values(values, epsilon: 1e-7)).perSample(predictions: pred, targets: target)
    }

    static func softmax(_ z: [Double]) -> [Double] {
        let e = z.map { exp($0 - z.max()!) }
        return e.map { $0 / e.reduce(0, +) }
    }

    static let eye: [[Double]] = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]

    @Test("CategoricalFocalCrossentropyTest: unweighted 0.02059, from logits 0.000345, per sample, all correct 0")
    func kerasCategoricalFocal() {
        let pred: [[Double]] = [[0.9, 0.05, 0.05], [0.5, 0.89, 0.6], [0.05, 0.01, 0.94]]
        let mean = Reduction.mean.apply(Self.perSample(.categoricalFocal, [2, 0.25, 0], pred: pred, target: Self.eye))[0]
        #expect(isClose(mean, 0.02059, abs: 5e-4), "\(mean)")
        let logits: [[Double]] = [[8, 1, 1], [0, 9, 1], [2, 3, 5]]
        let fromLogits = Self.perSample(.categoricalFocal, [2, 0.25, 0], pred: logits.map(Self.softmax), target: Self.eye)
        #expect(isClose(Reduction.mean.apply(fromLogits)[0], 0.000345, abs: 5e-4))
        // test_no_reduction, asserted in float32: (1.5096224e-09, 2.4136547e-11, 1.0360638e-03).
        #expect(allClose(fromLogits, [1.5096224e-09, 2.4136547e-11, 1.0360638e-03], rel: 1e-3), "\(fromLogits)")
        #expect(Self.perSample(.categoricalFocal, [2, 0.25, 0], pred: Self.eye, target: Self.eye).allSatisfy { abs($0) < 5e-4 })
    }

    @Test("CategoricalFocalCrossentropyTest.test_label_smoothing: logits [4.9, -0.5, 2.05], ε = 0.1: 0.06685")
    func kerasCategoricalFocalSmoothing() {
        let loss = Self.perSample(.categoricalFocal, [2, 0.25, 0.1], pred: [Self.softmax([4.9, -0.5, 2.05])], target: [[1, 0, 0]])[0]
        #expect(isClose(loss, 0.06685, abs: 5e-4), "\(loss)")
    }

    @Test("B.8: Keras categorical focal, probabilities [0.5, 0.5], y = [1, 0]: 0.04332169878499658")
    func catalogCategoricalFocal() {
        let loss = Self.perSample(.categoricalFocal, [2, 0.25, 0], pred: [[0.5, 0.5]], target: [[1, 0]])[0]
        #expect(isClose(loss, 0.04332169878499658, rel: 1e-15))
    }

    @Test("optax MulticlassHingeLossTest.test_batched_multi_class: [8, 0]; B.11 scores [0.5, -1, -3], class 0: 0")
    func multiclassHinge() {
        #expect(Self.perSample(.multiclassHinge, [], pred: [[10, 3], [11, -2]], target: [[1], [0]]) == [8, 0])
        #expect(Self.perSample(.multiclassHinge, [], pred: [[0.5, -1, -3]], target: [[0]]) == [0])
        // max_j (s_j + [j != 0]) - s_0 = max(0.5, 2, -2) - 0.5.
        #expect(Self.perSample(.multiclassHinge, [], pred: [[0.5, 1, -3]], target: [[0]]) == [1.5])
    }

    @Test("The catalog's Tversky (Salehi's α·FP + β·FN) on Keras 3.0's DiceTest and TverskyTest.test_binary_segmentation: 0.77777773, α 0.2 β 0.8: 0.76190472")
    func kerasPooled() {
        let y: [Double] = [1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1]
        let p: [Double] = [0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1]
        #expect(isClose(Self.perSample(.dice, [], pred: [p], target: [y])[0], 0.77777773, abs: 1e-6))
        #expect(isClose(Self.perSample(.tversky, [0.5, 0.5], pred: [p], target: [y])[0], 0.77777779, abs: 1e-6))
        #expect(isClose(Self.perSample(.tversky, [0.2, 0.8], pred: [p], target: [y])[0], 0.76190472, abs: 1e-6))
    }

    @Test("The catalog's Tversky on Keras 3.0's DiceTest and TverskyTest with axis=(1, 2, 3), per sample: [0.5, 0.75757575], α 0.2 β 0.8: [0.5, 0.78494626]")
    func kerasPerSample() {
        let y: [[Double]] = [[1, 1, 0, 0], [1, 1, 0, 0]], p: [[Double]] = [[0, 1, 0, 1], [0.4, 0, 0, 0.9]]
        #expect(allClose(Self.perSample(.dice, [], pred: p, target: y), [0.5, 0.75757575], abs: 1e-6))
        #expect(allClose(Self.perSample(.tversky, [0.5, 0.5], pred: p, target: y), [0.5, 0.75757575], abs: 1e-6))
        #expect(allClose(Self.perSample(.tversky, [0.2, 0.8], pred: p, target: y), [0.5, 0.78494626], abs: 1e-6))
    }

    @Test("DiceTest and TverskyTest.test_correctness, predictions above 1 (the kernel; eval asks for probabilities): -0.55555546, α 0.2 β 0.8: -0.94444442")
    func kerasCorrectness() {
        let y = RowTarget.distribution([1, 2, 1, 2]), x: [Double] = [4, 1, 6, 1]
        let value = { (loss: LossDefinition, values: [Double]) in
            loss.rowKernel!.value(x, target: y, parameters: loss.values(values, epsilon: 1e-7))
        }
        #expect(isClose(value(.dice, []), -0.55555546, abs: 1e-6))
        #expect(isClose(value(.tversky, [0.5, 0.5]), -0.55555558, abs: 1e-6))
        #expect(isClose(value(.tversky, [0.2, 0.8]), -0.94444442, abs: 1e-6))
    }

    @Test("a negative prediction has no overlap loss")
    func negativePrediction() {
        #expect(Self.perSample(.dice, [], pred: [[-0.5, 0.2]], target: [[1, 0]])[0].isNaN)
    }

    static let cases: [SweptLossCase] = [0, 0.5, 2].flatMap { g in
        [[1.0, 0, 0], [0.2, 0.5, 0.3]].map { q in
            SweptLossCase("categorical-focal γ \(g) y \(q)", .categoricalFocal, [g, 0.25, 0], target: .row(.distribution(q)),
                          rest: [1, 3], sweep: SweptLossCase.probability)
        }
    } + [
        .init("categorical-focal, smoothing 0.1, Keras epsilon", .categoricalFocal, [2, 0.25, 0.1], epsilon: 1e-7,
              target: .row(.distribution([1, 0, 0])), rest: [1, 3], sweep: SweptLossCase.probability),
        .init("multiclass-hinge class 0", .multiclassHinge, [], target: .row(.classIndex(0)), rest: [0, -1],
              sweep: Sweep(-2, 4, count: 121), kinks: [1]),
        .init("multiclass-hinge class 1", .multiclassHinge, [], target: .row(.classIndex(1)), rest: [0, -1],
              sweep: Sweep(-2, 4, count: 121), kinks: [-1]),
        .init("dice y (1, 0, 1, 0)", .dice, [], target: .row(.distribution([1, 0, 1, 0])), rest: [0.2, 0.8, 0.1],
              sweep: SweptLossCase.probability),
        .init("dice y (0, 1, 1, 0), Keras epsilon", .dice, [], epsilon: 1e-7, target: .row(.distribution([0, 1, 1, 0])),
              rest: [0.2, 0.8, 0.1], sweep: SweptLossCase.probability),
        .init("tversky α 0.2 β 0.8", .tversky, [0.2, 0.8], target: .row(.distribution([1, 0, 1, 0])), rest: [0.2, 0.8, 0.1],
              sweep: SweptLossCase.probability),
        .init("tversky α 0.7 β 0.1, y (0, 1, 1, 0)", .tversky, [0.7, 0.1], target: .row(.distribution([0, 1, 1, 0])),
              rest: [0.2, 0.8, 0.1], sweep: SweptLossCase.probability),
    ]

    @Test("derivatives along the sweep = central differences", arguments: cases)
    func derivatives(_ c: SweptLossCase) {
        #expect(CatalogDerivativeTests.check(c) >= c.xs.count - 1)
    }

    @Test("row gradients = central differences entry by entry", arguments: [
        (LossDefinition.categoricalFocal, [2.0, 0.25, 0.1], [0.1, 0.2, 0.3, 0.4]),
        (.categoricalFocal, [0.5, 0.25, 0], [0.3, 0.5, 0.9, 0.2]),
        (.dice, [], [0.3, 0.5, 0.9, 0.2]),
        (.tversky, [0.2, 0.8], [0.3, 0.5, 0.9, 0.2]),
    ])
    func rowGradient(loss: LossDefinition, values: [Double], row: [Double]) {
        for epsilon in [nil, 1e-7] as [Double?] {
            let p = loss.values(values, epsilon: epsilon), kernel = loss.rowKernel!
            let target = RowTarget.distribution([0.1, 0.4, 0.0, 0.5])
            var gradient = [Double](repeating: .nan, count: row.count)
            row.withUnsafeBufferPointer { r in gradient.withUnsafeMutableBufferPointer { kernel.gradient(r, target, p, $0) } }
            for i in row.indices {
                let numeric = centralDifference({ v in
                    var moved = row
                    moved[i] = v
                    return kernel.value(moved, target: target, parameters: p)
                }, at: row[i], step: finiteDifferenceStep(at: row[i]))
                #expect(isClose(gradient[i], numeric, rel: 1e-6, abs: 1e-7), "\(loss.name) entry \(i): \(gradient[i]) vs \(numeric)")
            }
        }
    }
}
