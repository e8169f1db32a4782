import Foundation
import Testing
@testable import Plotting

/// Contour lines against closed-form level sets.
@Suite("Marching squares")
struct MarchingSquaresTests {
    static func grid(_ n: Int, _ lo: Double, _ hi: Double, _ f: (Double, Double) -> Double) -> Surface {
        let v = (0..<n).map { lo + (hi - lo) * Double($0) / Double(n - 1) }
        return Surface(xs: v, ys: v, values: v.flatMap { y in v.map { x in f(x, y) } }, levels: [])
    }

    @Test("the level sets of a plane are straight: every point of 2x + 3y = L lies on it (linear interpolation is exact)")
    func plane() {
        let surface = Self.grid(21, -1, 1) { 2 * $0 + 3 * $1 }
        for level in [-2.5, 0, 0.37, 4.0] {
            let lines = MarchingSquares.lines(surface, level: level)
            #expect(lines.count == 1, "level \(level): \(lines.count) lines")
            for p in lines.flatMap({ $0 }) { #expect(abs(2 * p.x + 3 * p.y - level) <= 1e-12) }
        }
    }

    @Test("r² + s² = L is one closed loop of radius √L, within the grid's interpolation error h²")
    func circles() {
        let surface = Self.grid(81, -2, 2) { $0 * $0 + $1 * $1 }
        let h = 4.0 / 80
        for level in [0.25, 1, 2.5] {
            let lines = MarchingSquares.lines(surface, level: level)
            #expect(lines.count == 1)
            let loop = lines[0]
            #expect(loop.first == loop.last, "a circle closes")
            for p in loop { #expect(abs(p.x * p.x + p.y * p.y - level) <= h * h) }
            // It goes all the way round: points in every quadrant.
            #expect(Set(loop.map { ($0.x >= 0 ? 1 : 0) + ($0.y >= 0 ? 2 : 0) }).count == 4)
        }
    }

    @Test("a NaN cell is left open: a line ends at it instead of crossing it")
    func nanCells() {
        var surface = Self.grid(11, -1, 1) { x, _ in x }
        surface.values[5 * 11 + 5] = .nan
        let lines = MarchingSquares.lines(surface, level: 0.05)
        #expect(lines.count == 2, "the vertical line x = 0.05 is cut in two around the NaN point")
    }

    @Test("saddles are resolved by the cell's mean the same way in every cell: x·y = 0.01 gives two separate branches per sign")
    func saddle() {
        let surface = Self.grid(20, -1, 1) { $0 * $1 }
        let lines = MarchingSquares.lines(surface, level: 0.01)
        // The hyperbola xy = 0.01 has two branches, in the first and third quadrants.
        #expect(lines.count == 2)
        for p in lines.flatMap({ $0 }) { #expect(p.x * p.y > 0) }
    }
}
