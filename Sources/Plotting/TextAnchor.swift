/// Which point of a text's box is placed at the given position.
public struct TextAnchor: Sendable, Hashable {
    /// 0 = left, 0.5 = centre, 1 = right of the text's width.
    public var horizontal: Double
    /// 0 = top, 0.5 = middle, 1 = bottom of the text's height.
    public var vertical: Double

    public init(horizontal: Double, vertical: Double) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    public static let topCenter = TextAnchor(horizontal: 0.5, vertical: 0)
    public static let bottomCenter = TextAnchor(horizontal: 0.5, vertical: 1)
    public static let rightMiddle = TextAnchor(horizontal: 1, vertical: 0.5)
    public static let leftMiddle = TextAnchor(horizontal: 0, vertical: 0.5)
    public static let bottomLeft = TextAnchor(horizontal: 0, vertical: 1)
}
