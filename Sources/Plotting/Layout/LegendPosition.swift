/// Where the legend goes, by matplotlib's names (`loc=`).
public enum LegendPosition: String, CaseIterable, Sendable, Codable {
    /// The corner or side where the legend covers the fewest samples, as matplotlib's `loc="best"` (ties: the order of ``candidates``).
    case best
    /// The top-right corner of the axes.
    case upperRight = "upper right"
    /// The top-left corner of the axes.
    case upperLeft = "upper left"
    /// The bottom-left corner of the axes.
    case lowerLeft = "lower left"
    /// The bottom-right corner of the axes.
    case lowerRight = "lower right"
    /// The middle of the right side (matplotlib's "right", placed as "center right").
    case right
    /// The middle of the left side.
    case centerLeft = "center left"
    /// The middle of the right side.
    case centerRight = "center right"
    /// The middle of the bottom side.
    case lowerCenter = "lower center"
    /// The middle of the top side.
    case upperCenter = "upper center"
    /// The centre of the axes.
    case center
    /// Right of the axes, outside them, its top at theirs (matplotlib's `bbox_to_anchor=(1.02, 1)`,
    /// `loc="upper left"`); the figure is widened by it, so the axes keep their size.
    case outside
    /// No legend.
    case none

    /// Reads "upper right", "upper-right" or "upper_right".
    public init?(name: String) {
        let key = name.lowercased().replacing("-", with: " ").replacing("_", with: " ")
        guard let position = LegendPosition(rawValue: key == "off" ? "none" : key) else { return nil }
        self = position
    }

    /// The fixed positions `best` chooses from, in matplotlib's order of preference.
    public static let candidates: [LegendPosition] = [
        .upperRight, .upperLeft, .lowerLeft, .lowerRight, .right, .centerLeft, .centerRight,
        .lowerCenter, .upperCenter, .center,
    ]

    /// Where a box of `size` sits inside `area` at this position, `pad` from the edges.
    public func frame(of size: Size, in area: Rect, pad: Double) -> Rect {
        let left = area.minX + pad, right = area.maxX - pad - size.width
        let top = area.minY + pad, bottom = area.maxY - pad - size.height
        let midX = area.minX + (area.width - size.width) / 2, midY = area.minY + (area.height - size.height) / 2
        let (x, y): (Double, Double)
        switch self {
        case .upperRight, .best, .none: (x, y) = (right, top)
        case .outside: (x, y) = (area.maxX + pad, area.minY)
        case .upperLeft: (x, y) = (left, top)
        case .lowerLeft: (x, y) = (left, bottom)
        case .lowerRight: (x, y) = (right, bottom)
        case .right, .centerRight: (x, y) = (right, midY)
        case .centerLeft: (x, y) = (left, midY)
        case .lowerCenter: (x, y) = (midX, bottom)
        case .upperCenter: (x, y) = (midX, top)
        case .center: (x, y) = (midX, midY)
        }
        return Rect(x: x, y: y, width: size.width, height: size.height)
    }
}
