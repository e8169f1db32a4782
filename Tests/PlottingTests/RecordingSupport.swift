import Foundation
@testable import Plotting
import PlottingTestSupport

/// Draws a figure on a fresh recording canvas.
func record(_ figure: Figure) -> RecordingCanvas {
    let canvas = RecordingCanvas()
    FigureRenderer(figure).draw(on: canvas)
    return canvas
}

/// `count` evenly spaced values from `lower` to `upper`, both included (numpy's linspace).
func linspace(_ lower: Double, _ upper: Double, _ count: Int) -> [Double] {
    (0..<count).map { i in i == count - 1 ? upper : lower + Double(i) * (upper - lower) / Double(count - 1) }
}

/// One recorded text command.
struct DrawnText {
    let text: String
    let position: Point
    let anchor: TextAnchor
    let angle: Double
    let style: TextStyle

    /// The box the recording canvas's metrics give it (0.6 em a character, 1.2 em a line),
    /// turned counter-clockwise about the anchor point as a canvas draws it (y pointing down).
    var box: Rect {
        let w = Double(text.count) * 0.6 * style.size, h = 1.2 * style.size
        let left = -anchor.horizontal * w, top = -anchor.vertical * h
        let corners = [(left, top), (left + w, top), (left, top + h), (left + w, top + h)].map { x, y in
            Point(position.x + x * cos(angle) + y * sin(angle), position.y - x * sin(angle) + y * cos(angle))
        }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}

extension RecordingCanvas {
    var drawnTexts: [DrawnText] {
        commands.compactMap {
            guard case let .text(text, position, anchor, angle, style) = $0 else { return nil }
            return DrawnText(text: text, position: position, anchor: anchor, angle: angle, style: style)
        }
    }

    /// The rectangles outlined with a stroke of this width (the spines: 0.8 pt).
    func outlines(width: Double) -> [Rect] {
        commands.compactMap {
            guard case let .strokeRect(rect, style) = $0, style.width == width else { return nil }
            return rect
        }
    }

    /// The rectangles filled with this colour.
    func fills(_ color: Color) -> [Rect] {
        commands.compactMap {
            guard case let .fill(rect, c) = $0, c == color else { return nil }
            return rect
        }
    }
}

/// Whether two boxes share more than an edge, with a little slack for rounding.
func overlap(_ a: Rect, _ b: Rect) -> Bool {
    a.minX < b.maxX - 1e-9 && b.minX < a.maxX - 1e-9 && a.minY < b.maxY - 1e-9 && b.minY < a.maxY - 1e-9
}

/// Whether `inner` lies within `outer`, with a little slack for rounding.
func encloses(_ outer: Rect, _ inner: Rect) -> Bool {
    inner.minX >= outer.minX - 1e-9 && inner.maxX <= outer.maxX + 1e-9
        && inner.minY >= outer.minY - 1e-9 && inner.maxY <= outer.maxY + 1e-9
}

/// Whether a polyline passes through the inside of a box: a vertex in it, or a point of a
/// segment, sampled finely enough for boxes tens of pixels across.
func passesThrough(_ line: [Point], _ box: Rect) -> Bool {
    func inside(_ p: Point) -> Bool { p.x > box.minX && p.x < box.maxX && p.y > box.minY && p.y < box.maxY }
    for (a, b) in zip(line, line.dropFirst()) {
        for k in 0...200 {
            let t = Double(k) / 200
            if inside(Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))) { return true }
        }
    }
    return line.contains(where: inside)
}
