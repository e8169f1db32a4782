/// What a backend must do to draw a figure: stroke paths, fill rectangles, draw and measure text.
/// Coordinates are pixels at scale 1, y pointing down; a backend applies its own pixel density.
public protocol Canvas: AnyObject {
    /// Fills the rectangle; `cornerRadius` rounds its corners.
    func fill(_ rect: Rect, color: Color, cornerRadius: Double)
    /// Fills the rectangle with colours spread evenly from its bottom edge to its top edge.
    func fill(_ rect: Rect, bottomToTop colors: [Color])
    /// Strokes every subpath of the path.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Strokes the outline of a rectangle, rounding its corners by `cornerRadius`.
    func strokeRect(_ rect: Rect, style: StrokeStyle, cornerRadius: Double)
    /// Restricts drawing to a rectangle until the matching `popClip`.
    func pushClip(_ rect: Rect)
    /// Ends the innermost `pushClip`.
    func popClip()
    /// The size of a text's box as it would be drawn; `markup` allows Pango markup, and
    /// `maxWidth` wraps the text onto at most `TextLimits.maxLines` lines, ending with an
    /// ellipsis when it is longer still.
    func measure(_ text: String, style: TextStyle, markup: Bool, maxWidth: Double?) -> Size
    /// Draws text with its anchor point at `position`, rotated by `angle` radians
    /// counter-clockwise about that point.
    func draw(_ text: String, at position: Point, anchor: TextAnchor, angle: Double, style: TextStyle,
              markup: Bool, maxWidth: Double?)
}

/// How far text may grow before it is shortened.
public enum TextLimits {
    /// Lines a wrapped text may take.
    public static let maxLines = 3
    /// The widest a legend label may be, as a share of the plot area's width.
    public static let legendShare = 0.45
}
