/// Turns samples into drawable polylines: a non-finite value breaks the line, and every
/// segment is cut exactly at the plot area's edge (Liang-Barsky), so lines end cleanly
/// there and no coordinate sent to a backend is ever huge.
public struct LineClipper: Sendable {
    /// The plot area lines are cut at, in pixels at scale 1.
    public let area: Rect

    /// A clipper to `area`.
    public init(area: Rect) {
        self.area = area
    }

    /// The visible polylines of a series already mapped to pixels.
    public func polylines(xs: [Double], ys: [Double], xScale: LinearScale, yScale: LinearScale) -> [[Point]] {
        polylines(xs: xs, ys: ys, xScale: AxisMap(xScale), yScale: AxisMap(yScale))
    }

    /// The visible polylines of a series on axes of any scale; values a scale masks break the line.
    public func polylines(xs: [Double], ys: [Double], xScale: AxisMap, yScale: AxisMap) -> [[Point]] {
        var result: [[Point]] = []
        var current: [Point] = []
        var previous: Point?
        for i in xs.indices {
            let p = Point(xScale(xs[i]), yScale(ys[i]))
            guard p.x.isFinite, p.y.isFinite else {
                flush(&current, into: &result)
                previous = nil
                continue
            }
            if let a = previous {
                if let (c0, c1) = clip(a, p) {
                    if current.isEmpty || current.last != c0 {
                        flush(&current, into: &result)
                        current.append(c0)
                    }
                    current.append(c1)
                    if c1 != p { flush(&current, into: &result) }
                } else {
                    flush(&current, into: &result)
                }
            } else if i + 1 == xs.count || !xs[i + 1].isFinite || !ys[i + 1].isFinite, area.contains(p) {
                // An isolated finite sample: a dot-sized segment, inside the area, keeps it visible.
                result.append([p, Point(p.x + 0.01 <= area.maxX ? p.x + 0.01 : p.x - 0.01, p.y)])
            }
            previous = p
        }
        flush(&current, into: &result)
        return result
    }

    private func flush(_ current: inout [Point], into result: inout [[Point]]) {
        if current.count >= 2 { result.append(current) }
        current.removeAll(keepingCapacity: true)
    }

    /// The part of segment a-b inside the area, or nil.
    public func clip(_ a: Point, _ b: Point) -> (Point, Point)? {
        // Liang-Barsky run from each end: a parameter near 1 keeps no digits of a far, huge end
        // (1 - 1e-298 is 1), so each cut is decided from the end it is near.
        guard case let .visible(entry) = enter(from: a, to: b), case let .visible(exit) = enter(from: b, to: a) else {
            return nil
        }
        return (entry.map { crossing($0, a, b) } ?? a, exit.map { crossing($0, a, b) } ?? b)
    }

    private enum Entry {
        /// No part of the segment is inside.
        case hidden
        /// Some part is: the segment comes in through this edge, or starts inside (nil).
        case visible(Edge?)
    }

    /// Liang-Barsky from `a` towards `b`.
    private func enter(from a: Point, to b: Point) -> Entry {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        var entry: Edge?
        let checks: [(Double, Double, Edge)] = [(-dx, a.x - area.minX, .minX), (dx, area.maxX - a.x, .maxX),
                                                (-dy, a.y - area.minY, .minY), (dy, area.maxY - a.y, .maxY)]
        for (p, q, edge) in checks {
            if p == 0 {
                if q < 0 { return .hidden }
            } else {
                let r = q / p
                if p < 0 {
                    if r > t1 { return .hidden }
                    if r > t0 { (t0, entry) = (r, edge) }
                } else {
                    if r < t0 { return .hidden }
                    t1 = min(t1, r)
                }
            }
        }
        return .visible(entry)
    }

    private enum Edge {
        case minX, maxX, minY, maxY
    }

    /// Where segment a-b crosses an edge's line: on the line exactly, the other coordinate worked
    /// out from the endpoint nearer the line (a + t (b - a) from a huge endpoint would lose every
    /// digit) and kept inside the area against rounding.
    private func crossing(_ edge: Edge, _ a: Point, _ b: Point) -> Point {
        switch edge {
        case .minX, .maxX:
            let x = edge == .minX ? area.minX : area.maxX
            let near = abs(a.x - x) <= abs(b.x - x) ? a : b
            let y = near.y + (x - near.x) / (b.x - a.x) * (b.y - a.y)
            return Point(x, min(max(y, area.minY), area.maxY))
        case .minY, .maxY:
            let y = edge == .minY ? area.minY : area.maxY
            let near = abs(a.y - y) <= abs(b.y - y) ? a : b
            let x = near.x + (y - near.y) / (b.y - a.y) * (b.x - a.x)
            return Point(min(max(x, area.minX), area.maxX), y)
        }
    }
}
