/// How text is drawn: size in pixels at scale 1, weight and colour. The font family is the canvas's.
public struct TextStyle: Sendable, Hashable {
    /// The font size, in pixels at scale 1 (matplotlib's 10 pt at 100 dpi is 13.9 px).
    public var size: Double
    /// Whether the text is set in the bold weight.
    public var bold: Bool
    /// The text's colour.
    public var color: Color

    /// A text style of `size` pixels at scale 1, regular weight and black unless given.
    public init(size: Double, bold: Bool = false, color: Color = .black) {
        self.size = size
        self.bold = bold
        self.color = color
    }
}
