/// An argument of a framework's loss function that users change, named as loss-plot's flag.
public enum FrameworkOption: String, CaseIterable, Sendable, Codable {
    case reduction
    case labelSmoothing = "label-smoothing"
    case posWeight = "pos-weight"
    case logInput = "log-input"
    case full
    case logTarget = "log-target"
    case gamma
    case alpha
    case margin
    case delta
    case beta
}
