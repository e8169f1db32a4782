/// A canvas that records what is drawn, for tests of geometry with no fonts or pixels:
/// text is measured as 0.6 em a character and 1.2 em a line.
public final class RecordingCanvas: Canvas {
    /// One recorded drawing command.
    public enum Command: Sendable {
        case fill(Rect, Color)
        case stroke(Path, StrokeStyle, clip: Rect?)
        case strokeRect(Rect, StrokeStyle)
        case text(String, Point, TextAnchor, angle: Double, TextStyle)
    }

    public private(set) var commands: [Command] = []
    private var clips: [Rect] = []

    public init() {}

    public func fill(_ rect: Rect, color: Color, cornerRadius: Double) {
        commands.append(.fill(rect, color))
    }

    public func fill(_ rect: Rect, bottomToTop colors: [Color]) {
        commands.append(.fill(rect, colors.first ?? .black))
    }

    public func stroke(_ path: Path, style: StrokeStyle) {
        commands.append(.stroke(path, style, clip: clips.last))
    }

    public func strokeRect(_ rect: Rect, style: StrokeStyle, cornerRadius: Double) {
        commands.append(.strokeRect(rect, style))
    }

    public func pushClip(_ rect: Rect) {
        clips.append(rect)
    }

    public func popClip() {
        clips.removeLast()
    }

    public func measure(_ text: String, style: TextStyle, markup: Bool, maxWidth: Double?) -> Size {
        let width = Double(text.count) * 0.6 * style.size
        guard let maxWidth, width > maxWidth, maxWidth > 0 else { return Size(width, 1.2 * style.size) }
        let lines = min((width / maxWidth).rounded(.up), Double(TextLimits.maxLines))
        return Size(maxWidth, lines * 1.2 * style.size)
    }

    public func draw(_ text: String, at position: Point, anchor: TextAnchor, angle: Double, style: TextStyle,
                     markup: Bool, maxWidth: Double?) {
        commands.append(.text(text, position, anchor, angle: angle, style))
    }

    /// The strokes drawn inside a clip rectangle: the curves.
    public var clippedStrokes: [(Path, StrokeStyle, Rect)] {
        commands.compactMap {
            if case .stroke(let path, let style, let clip?) = $0 { return (path, style, clip) }
            return nil
        }
    }

    /// Every text drawn.
    public var texts: [String] {
        commands.compactMap {
            if case .text(let s, _, _, _, _) = $0 { return s }
            return nil
        }
    }
}
