/// The dash pattern of a curve: the four the cookbook's figures use.
public enum LineStyle: String, CaseIterable, Sendable, Codable {
    /// An unbroken line (matplotlib's "-").
    case solid
    /// Dashes (matplotlib's "--").
    case dashed
    /// Dashes and dots in turn (matplotlib's "-.").
    case dashDot = "dash-dot"
    /// Dots (matplotlib's ":").
    case dotted

    /// matplotlib's dash patterns, in multiples of the line width.
    public var pattern: [Double] {
        switch self {
        case .solid: []
        case .dashed: [3.7, 1.6]
        case .dashDot: [6.4, 1.6, 1, 1.6]
        case .dotted: [1, 1.65]
        }
    }

    /// Reads matplotlib's format strings too: "-", "--", "-.", ":".
    public init?(name: String) {
        switch name {
        case "-", "solid": self = .solid
        case "--", "dashed": self = .dashed
        case "-.", "dash-dot", "dashdot": self = .dashDot
        case ":", "dotted": self = .dotted
        default: return nil
        }
    }
}
