import Platform

/// mlx.nn.losses (Python) in float64 on the CPU.
///
/// Its conventions: the default reduction differs per function ('mean' for l1, mse, smooth_l1,
/// binary_cross_entropy and gaussian_nll, 'none' for the others), so each function names its own;
/// no clipping of probabilities, but each log clamped at `logClamp`; labels used as given; its `exp`
/// computes in float32 (`MLXMath`).
enum MLXFunctions {
    /// binary_cross_entropy's floor under each log.
    static let logClamp = -100.0

    static let byLoss = Framework.table(MLXRegressionFunctions.all + MLXClassificationFunctions.all)

    static func function(_ loss: LossDefinition, _ name: String, arguments: String = "inputs, targets", note: String,
                         options: Set<FrameworkOption> = [], reduction: String, weighting: SampleWeighting? = nil,
                         _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) -> FrameworkFunction {
        FrameworkFunction(.mlx, FrameworkLoss(loss), call: "mlx.nn.losses.\(name)(\(arguments))", note: note, options: options,
                          reductions: .standard(reduction), weighting: weighting, unreduced)
    }

    /// cross_entropy's label smoothing, refused outside [0, 1).
    static func smoothing(_ options: FrameworkOptions) throws -> Double {
        let epsilon = options[.labelSmoothing] ?? 0
        guard epsilon >= 0, epsilon < 1 else {
            throw FrameworkError("--label-smoothing: \(epsilon) is not allowed; Label smoothing must be in [0, 1)")
        }
        return epsilon
    }

    /// MLX's cross_entropy on one row: logits shifted by their maximum, logsumexp - score, smoothed.
    static func crossEntropy(_ x: some Collection<Double>, epsilon: Double, score: ([Double]) -> Double) -> Double {
        let high = x.max() ?? 0
        let shifted = x.map { $0 - high }
        let lse = MLXMath.logSumExp(shifted)
        guard epsilon > 0 else { return lse - score(shifted) }
        let meanLogits = shifted.reduce(0, +) / Double(shifted.count)
        return lse - (1 - epsilon) * score(shifted) + (-meanLogits * epsilon)
    }
}
