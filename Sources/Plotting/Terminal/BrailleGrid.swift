/// A plot area of braille cells, each 2 dots wide and 4 tall, that remembers which series lit
/// each cell so a terminal chart can colour it or label a curve where it runs alone.
struct BrailleGrid {
    let columns: Int
    let rows: Int
    private var dots: [UInt8]
    /// The series that last lit a dot of each cell.
    private var owners: [Int?]
    /// Whether a cell holds dots of more than one series.
    private var shared: [Bool]

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        let count = self.columns * self.rows
        dots = Array(repeating: 0, count: count)
        owners = Array(repeating: nil, count: count)
        shared = Array(repeating: false, count: count)
    }

    /// Dots across: two per cell.
    var dotWidth: Int { 2 * columns }
    /// Dots down: four per cell.
    var dotHeight: Int { 4 * rows }

    /// The bit of each dot in U+2800 + bits, by dot column then dot row: Unicode numbers the dots
    /// down the left column (1, 2, 3), down the right (4, 5, 6), then the bottom row (7, 8).
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Lights one dot, (0, 0) being the top left; dots outside the grid are ignored.
    mutating func plot(_ x: Int, _ y: Int, series: Int) {
        guard x >= 0, x < dotWidth, y >= 0, y < dotHeight else { return }
        let i = (y / 4) * columns + x / 2
        dots[i] |= Self.bits[x % 2][y % 4]
        if let owner = owners[i], owner != series { shared[i] = true }
        owners[i] = series
    }

    /// Lights the dots of a straight line between two dots, both ends included (Bresenham).
    mutating func line(from x0: Int, _ y0: Int, to x1: Int, _ y1: Int, series: Int) {
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        var x = x0, y = y0
        while true {
            plot(x, y, series: series)
            if x == x1 && y == y1 { return }
            let e2 = 2 * error
            if e2 >= dy {
                error += dy
                x += sx
            }
            if e2 <= dx {
                error += dx
                y += sy
            }
        }
    }

    /// Draws polylines already in dot coordinates (clipped to the grid), rounding each vertex to its dot.
    mutating func draw(_ polylines: [[Point]], series: Int) {
        for polyline in polylines {
            let dots = polyline.map { (Int($0.x.rounded()), Int($0.y.rounded())) }
            for (a, b) in zip(dots, dots.dropFirst()) {
                line(from: a.0, a.1, to: b.0, b.1, series: series)
            }
        }
    }

    /// The braille character of a cell, or nil where no dot is lit.
    func character(column: Int, row: Int) -> Character? {
        let bits = dots[row * columns + column]
        guard bits != 0 else { return nil }
        return Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
    }

    /// The series drawn last in a cell, which gives the cell its colour.
    func owner(column: Int, row: Int) -> Int? {
        owners[row * columns + column]
    }

    /// Whether the cell holds the dots of one series only.
    func isSole(column: Int, row: Int) -> Bool {
        owners[row * columns + column] != nil && !shared[row * columns + column]
    }
}
