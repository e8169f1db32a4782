/// Which point of a text's box is placed at the given position.
public struct TextAnchor: Sendable, Hashable {
    /// 0 = left, 0.5 = centre, 1 = right of the text's width.
    public var horizontal: Double
    /// 0 = top, 0.5 = middle, 1 = bottom of the text's height.
    public var vertical: Double

    /// An anchor at fractions of the text box: `horizontal` 0 (left) to 1 (right), `vertical` 0 (top) to 1 (bottom).
    public init(horizontal: Double, vertical: Double) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// The middle of the top edge: titles and x tick labels hang from it.
    public static let topCenter = TextAnchor(horizontal: 0.5, vertical: 0)
    /// The middle of the bottom edge.
    public static let bottomCenter = TextAnchor(horizontal: 0.5, vertical: 1)
    /// The middle of the right edge: y tick labels end there.
    public static let rightMiddle = TextAnchor(horizontal: 1, vertical: 0.5)
    /// The middle of the left edge: legend labels start there.
    public static let leftMiddle = TextAnchor(horizontal: 0, vertical: 0.5)
    /// The bottom-left corner.
    public static let bottomLeft = TextAnchor(horizontal: 0, vertical: 1)
}
