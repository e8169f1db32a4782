/// How per-sample losses become the printed result (Keras's and PyTorch's `reduction`).
public enum Reduction: String, CaseIterable, Sendable, Codable {
    case mean
    case sum
    case none

    /// Reduces per-sample losses; `none` returns them as they are.
    public func apply(_ losses: [Double]) -> [Double] {
        switch self {
        case .none: losses
        case .sum: [losses.reduce(0, +)]
        case .mean: [losses.reduce(0, +) / Double(losses.count)]
        }
    }
}
