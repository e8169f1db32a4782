import Plotting

/// A canvas that records what is drawn, for tests of geometry with no fonts or pixels:
/// text is measured as 0.6 em a character and 1.2 em a line.
public final class RecordingCanvas: Canvas {
    /// One recorded drawing command.
    public enum Command: Sendable {
        /// A filled rectangle; a gradient is recorded as its first colour.
        case fill(Rect, Color)
        /// A stroked path, with the innermost clip rectangle then in force.
        case stroke(Path, StrokeStyle, clip: Rect?)
        /// A stroked rectangle outline.
        case strokeRect(Rect, StrokeStyle)
        /// A text drawn at a point, with its anchor, rotation in radians and style.
        case text(String, Point, TextAnchor, angle: Double, TextStyle)
    }

    /// Everything drawn so far, in order.
    public private(set) var commands: [Command] = []
    private var clips: [Rect] = []

    /// An empty recording.
    public init() {}

    /// Records a ``Command/fill(_:_:)``.
    public func fill(_ rect: Rect, color: Color, cornerRadius: Double) {
        commands.append(.fill(rect, color))
    }

    /// Records a ``Command/fill(_:_:)`` of the bottom colour.
    public func fill(_ rect: Rect, bottomToTop colors: [Color]) {
        commands.append(.fill(rect, colors.first ?? .black))
    }

    /// Records a ``Command/stroke(_:_:clip:)`` with the current clip.
    public func stroke(_ path: Path, style: StrokeStyle) {
        commands.append(.stroke(path, style, clip: clips.last))
    }

    /// Records a ``Command/strokeRect(_:_:)``.
    public func strokeRect(_ rect: Rect, style: StrokeStyle, cornerRadius: Double) {
        commands.append(.strokeRect(rect, style))
    }

    /// Makes `rect` the clip of the strokes that follow.
    public func pushClip(_ rect: Rect) {
        clips.append(rect)
    }

    /// Restores the clip before the last ``pushClip(_:)``; traps without one.
    public func popClip() {
        clips.removeLast()
    }

    /// 0.6 em a character and 1.2 em a line, wrapped at `maxWidth` onto at most ``TextLimits/maxLines`` lines.
    public func measure(_ text: String, style: TextStyle, markup: Bool, maxWidth: Double?) -> Size {
        let width = Double(text.count) * 0.6 * style.size
        guard let maxWidth, width > maxWidth, maxWidth > 0 else { return Size(width, 1.2 * style.size) }
        let lines = min((width / maxWidth).rounded(.up), Double(TextLimits.maxLines))
        return Size(maxWidth, lines * 1.2 * style.size)
    }

    /// Records a ``Command/text(_:_:_:angle:_:)``.
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
