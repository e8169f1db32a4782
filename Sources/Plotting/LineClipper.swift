/// Turns samples into drawable polylines: a non-finite value breaks the line, and every
/// segment is cut exactly at the plot area's edge (Liang-Barsky), so lines end cleanly
/// there and no coordinate sent to a backend is ever huge.
public struct LineClipper: Sendable {
    public let area: Rect

    public init(area: Rect) {
        self.area = area
    }

    /// The visible polylines of a series already mapped to pixels.
    public func polylines(xs: [Double], ys: [Double], xScale: LinearScale, yScale: LinearScale) -> [[Point]] {
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
            } else if xs.count == 1 || (i + 1 < xs.count && !ys[i + 1].isFinite), area.contains(p) {
                // An isolated finite sample: a dot-sized segment keeps it visible.
                result.append([p, Point(p.x + 0.01, p.y)])
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
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        let checks = [(-dx, a.x - area.minX), (dx, area.maxX - a.x), (-dy, a.y - area.minY), (dy, area.maxY - a.y)]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 {
                    if r > t1 { return nil }
                    t0 = max(t0, r)
                } else {
                    if r < t0 { return nil }
                    t1 = min(t1, r)
                }
            }
        }
        let c0 = t0 == 0 ? a : Point(a.x + t0 * dx, a.y + t0 * dy)
        let c1 = t1 == 1 ? b : Point(a.x + t1 * dx, a.y + t1 * dy)
        return (c0, c1)
    }
}
