import LossFunctions

/// Whether `actual` is within `abs + rel * |expected|` of `expected`. Equal values (including
/// equal infinities) always match; NaN never matches.
func isClose(_ actual: Double, _ expected: Double, rel: Double = 1e-12, abs: Double = 0) -> Bool {
    if actual == expected { return true }
    guard actual.isFinite, expected.isFinite else { return false }
    return Swift.abs(actual - expected) <= abs + rel * Swift.abs(expected)
}

/// "Exact" in float64: within a few units in the last place.
let fewUlps = 4 * Double.ulpOfOne

/// Element by element `isClose` of two arrays of the same length.
func allClose(_ actual: [Double], _ expected: [Double], rel: Double = 1e-12, abs: Double = 0) -> Bool {
    actual.count == expected.count && zip(actual, expected).allSatisfy { isClose($0, $1, rel: rel, abs: abs) }
}

/// numpy's `assert_allclose` tolerance (`|a - e| <= atol + rtol * |e|`, rtol 1e-7 by default).
func numpyAllClose(_ actual: [Double], _ expected: [Double], rtol: Double = 1e-7, atol: Double = 0) -> Bool {
    allClose(actual, expected, rel: rtol, abs: atol)
}

/// The central finite difference (f(x + h) - f(x - h)) / 2h.
func centralDifference(_ f: (Double) -> Double, at x: Double, step h: Double) -> Double {
    (f(x + h) - f(x - h)) / (2 * h)
}

/// A finite-difference step of about 2^-17 times the size of x, rounded to a power of two
/// so that x +- h are exact shifts.
func finiteDifferenceStep(at x: Double) -> Double {
    let scale = max(1, Swift.abs(x))
    return Double(sign: .plus, exponent: scale.exponent - 17, significand: 1)
}

/// Keras's reduction of per-sample losses: the mean over the batch ("sum_over_batch_size"),
/// the sum, or none.
func reduced(_ kind: LossKind, _ reduction: Reduction, predictions: [[Double]], targets: [[Double]],
             parameters: LossParameters = LossParameters(epsilon: 1e-7)) -> [Double] {
    reduction.apply(BatchLoss(kind, parameters: parameters).perSample(predictions: predictions, targets: targets))
}

/// The Keras mean over a batch.
func kerasMean(_ kind: LossKind, predictions: [[Double]], targets: [[Double]],
               parameters: LossParameters = LossParameters(epsilon: 1e-7)) -> Double {
    reduced(kind, .mean, predictions: predictions, targets: targets, parameters: parameters)[0]
}
