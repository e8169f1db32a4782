/// A function of two variables on a grid, drawn as filled contours with contour lines (matplotlib's
/// `contourf` and `contour`): each cell filled with the colour of its level band, and the level
/// sets traced by marching squares.
public struct Surface: Sendable {
    /// The grid's x positions, increasing.
    public var xs: [Double]
    /// The grid's y positions, increasing.
    public var ys: [Double]
    /// The values, row by row: `values[j * xs.count + i]` at (xs[i], ys[j]); NaN leaves a cell open.
    public var values: [Double]
    /// The contour levels, increasing: the bands between them are filled, the levels themselves traced.
    public var levels: [Double]
    /// The colours of the bands, from the lowest level to the highest.
    public var colorMap: ColorMap
    /// Whether each level's line is labelled with its value (matplotlib's `clabel`).
    public var labelled: Bool

    /// A surface over `xs` × `ys` (`values` row-major, `ys.count` rows of `xs.count`), cut at `levels`.
    public init(xs: [Double], ys: [Double], values: [Double], levels: [Double], colorMap: ColorMap = .viridis, labelled: Bool = true) {
        precondition(values.count == xs.count * ys.count, "a surface needs one value per grid point")
        self.xs = xs
        self.ys = ys
        self.values = values
        self.levels = levels
        self.colorMap = colorMap
        self.labelled = labelled
    }

    /// The value at grid point (i, j).
    public func value(_ i: Int, _ j: Int) -> Double { values[j * xs.count + i] }

    /// The colour of a value's band: the map's colour at the band's place among the levels.
    public func color(of value: Double) -> Color? {
        guard value.isFinite, levels.count >= 2 else { return nil }
        let band = levels.lastIndex { $0 <= value } ?? 0
        let bands = Double(max(levels.count - 1, 1))
        return colorMap.color(at: min(Double(band) + 0.5, bands - 0.5) / bands)
    }
}

/// Level sets of a grid by marching squares: each cell's crossing edges joined into polylines; a
/// saddle cell is resolved by the mean of its corners (the same rule in every cell), and a cell with
/// a NaN corner is left open, so a line ends there.
public enum MarchingSquares {
    /// The polylines of `value == level` over the grid, in data units; a closed loop repeats its first point.
    public static func lines(_ surface: Surface, level: Double) -> [[Point]] {
        let nx = surface.xs.count, ny = surface.ys.count
        guard nx >= 2, ny >= 2 else { return [] }
        // Edges: horizontal (i, j)-(i+1, j) as 2·(j·nx + i), vertical (i, j)-(i, j+1) as 2·(j·nx + i) + 1.
        func horizontal(_ i: Int, _ j: Int) -> Int { 2 * (j * nx + i) }
        func vertical(_ i: Int, _ j: Int) -> Int { 2 * (j * nx + i) + 1 }
        func point(on edge: Int) -> Point {
            let k = edge / 2, i = k % nx, j = k / nx
            let (i2, j2) = edge % 2 == 0 ? (i + 1, j) : (i, j + 1)
            let a = surface.value(i, j), b = surface.value(i2, j2)
            let t = a == b ? 0.5 : (level - a) / (b - a)
            return Point(surface.xs[i] + t * (surface.xs[i2] - surface.xs[i]), surface.ys[j] + t * (surface.ys[j2] - surface.ys[j]))
        }
        var segments: [(Int, Int)] = []
        for j in 0..<(ny - 1) {
            for i in 0..<(nx - 1) {
                let a = surface.value(i, j), b = surface.value(i + 1, j), c = surface.value(i + 1, j + 1), d = surface.value(i, j + 1)
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                let bottom = horizontal(i, j), top = horizontal(i, j + 1), left = vertical(i, j), right = vertical(i + 1, j)
                let index = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0)
                let centre = (a + b + c + d) / 4 >= level
                switch index {
                case 1, 14: segments.append((left, bottom))
                case 2, 13: segments.append((bottom, right))
                case 3, 12: segments.append((left, right))
                case 4, 11: segments.append((right, top))
                case 6, 9: segments.append((bottom, top))
                case 7, 8: segments.append((left, top))
                case 5: segments += centre ? [(bottom, right), (top, left)] : [(left, bottom), (right, top)]
                case 10: segments += centre ? [(left, bottom), (right, top)] : [(bottom, right), (top, left)]
                default: break
                }
            }
        }
        // Join segments that share an edge into polylines.
        var byEdge: [Int: [Int]] = [:]
        for (k, s) in segments.enumerated() { byEdge[s.0, default: []].append(k); byEdge[s.1, default: []].append(k) }
        var used = [Bool](repeating: false, count: segments.count)
        var lines: [[Point]] = []
        func extend(_ chain: inout [Int], from edge: Int) {
            var edge = edge
            while let next = byEdge[edge]?.first(where: { !used[$0] }) {
                used[next] = true
                edge = segments[next].0 == edge ? segments[next].1 : segments[next].0
                chain.append(edge)
            }
        }
        for k in segments.indices where !used[k] {
            used[k] = true
            var forward = [segments[k].0, segments[k].1]
            extend(&forward, from: segments[k].1)
            var backward: [Int] = []
            if forward.last != forward.first { extend(&backward, from: segments[k].0) }
            let chain = backward.reversed() + forward
            lines.append(chain.map(point(on:)))
        }
        return lines
    }
}
