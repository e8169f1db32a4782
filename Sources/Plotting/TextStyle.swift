/// How text is drawn: size in pixels at scale 1, weight and colour. The font family is the canvas's.
public struct TextStyle: Sendable, Hashable {
    public var size: Double
    public var bold: Bool
    public var color: Color

    public init(size: Double, bold: Bool = false, color: Color = .black) {
        self.size = size
        self.bold = bold
        self.color = color
    }
}
