import LossFunctions
import MallocCounter
import Testing

@Suite("Evaluation over a sweep allocates nothing per sample")
struct AllocationTests {
    static let kinds: [(LossKind, CurveTarget, [Double])] = [
        (.pseudoHuber, .scalar(0), []),
        (.huber, .scalar(0), []),
        (.binaryCrossEntropy, .scalar(1), []),
        (.sigmoidCrossEntropy, .scalar(1), []),
        (.barron, .scalar(0), []),
        (.softmaxCrossEntropy, .row(.distribution([0.1, 0.02, 0.88])), [-3, 10]),
        (.sparseSoftmaxCrossEntropy, .row(.classIndex(2)), [-3, 10]),
        (.klDivergence, .row(.distribution([0.3, 0.7])), [1]),
    ]

    /// The allocations of one evaluation of `count` samples, values and derivatives.
    static func allocations(_ curve: LossCurve, count: Int, values: UnsafeMutableBufferPointer<Double>,
                            derivatives: UnsafeMutableBufferPointer<Double>, inputs: UnsafeMutableBufferPointer<Double>) -> Int {
        for i in 0..<count { inputs[i] = 0.01 + 0.98 * Double(i) / Double(count) }
        let before = malloc_counter_value()
        curve.evaluate(UnsafeBufferPointer(rebasing: inputs[0..<count]), values: UnsafeMutableBufferPointer(rebasing: values[0..<count]),
                       first: UnsafeMutableBufferPointer(rebasing: derivatives[0..<count]),
                       second: UnsafeMutableBufferPointer(rebasing: derivatives[0..<count]))
        return malloc_counter_value() - before
    }

    @Test("the same number of allocations for 10 and 100,000 samples", arguments: kinds.indices)
    func flat(index: Int) {
        let (kind, target, rest) = Self.kinds[index]
        let curve = LossCurve(kind, target: target, rest: rest.isEmpty ? [1] : rest)
        let n = 100_000
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let derivatives = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let inputs = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer { values.deallocate(); derivatives.deallocate(); inputs.deallocate() }
        // A first call pays for one-time set-up (type metadata); the measured calls follow it.
        _ = Self.allocations(curve, count: 10, values: values, derivatives: derivatives, inputs: inputs)
        let small = Self.allocations(curve, count: 10, values: values, derivatives: derivatives, inputs: inputs)
        let large = Self.allocations(curve, count: n, values: values, derivatives: derivatives, inputs: inputs)
        #expect(large == small, "\(kind.rawValue): \(small) allocations for 10 samples, \(large) for \(n)")
        #expect(large <= 2, "\(kind.rawValue): \(large) allocations per call")
    }

    @Test("the counter sees an allocation: a test that could fail")
    func counterWorks() {
        let before = malloc_counter_value()
        let array = Array(repeating: 1.0, count: 1000)
        #expect(malloc_counter_value() > before)
        #expect(array.count == 1000)
    }
}
