import Foundation
import Testing
@testable import Formula

/// Values and both derivatives against sympy's symbolic diff evaluated at 50 digits
/// (Fixtures/derivatives.py writes Fixtures/derivatives.json beside it), at points away from kinks.
@Suite("Formula derivatives against sympy")
struct DerivativeFixtureTests {
    struct Record: Decodable, CustomTestStringConvertible, Sendable {
        let formula: String
        let parameters: [String: Double]
        let x: Double
        let t: Double
        let value: Double
        let first: Double
        let second: Double
        var testDescription: String { "\(formula) at x = \(x), t = \(t)" }
    }

    struct Fixture: Decodable {
        let formulas: Int
        let records: [Record]
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/derivatives.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * abs(b) + 1e-15
    }

    @Test("the fixture holds at least 30 formulas, and between them every function of the grammar")
    func coverage() {
        #expect(Self.fixture.formulas >= 30)
        let texts = Set(Self.fixture.records.map(\.formula)).joined(separator: " ")
        for function in Formula.functions.map(\.name) {
            #expect(texts.contains(function + "("), "no fixture formula calls \(function)")
        }
    }

    @Test("value within 1e-9, first and second derivative within 1e-8 relative", arguments: fixture.records)
    func agrees(_ record: Record) throws {
        let names = record.parameters.keys.sorted()
        let formula = try Formula(record.formula, parameters: names)
        let dual = formula.evaluate(x: record.x, t: record.t, parameters: names.map { record.parameters[$0]! })
        #expect(Self.close(dual.value, record.value, 1e-9), "value \(dual.value), sympy \(record.value)")
        #expect(Self.close(dual.first, record.first, 1e-8), "first \(dual.first), sympy \(record.first)")
        #expect(Self.close(dual.second, record.second, 1e-8), "second \(dual.second), sympy \(record.second)")
    }

    @Test("where differentiates only the branch taken: where(r > 0, log(r), 0) has derivatives 0 for r < 0, not NaN")
    func whereBranch() throws {
        let dual = try Formula("where(r > 0, log(r), 0)").evaluate(x: -1, t: 0)
        #expect(dual.value == 0 && dual.first == 0 && dual.second == 0)
        // And where(r > 0, sqrt(r), 0) at r = -4: sqrt(-4) is NaN in the branch not taken.
        let root = try Formula("where(r > 0, sqrt(r), 0)").evaluate(x: -4, t: 0)
        #expect(root.value == 0 && root.first == 0 && root.second == 0)
        // A comparison with NaN is false, as in Python (where(log(r) > 0, 1, 2) is 2 at r = -1), and a
        // condition that is itself NaN gives NaN (numpy would read NaN as true and pick the first branch).
        #expect(try Formula("where(log(r) > 0, 1, 2) + 3").evaluate(x: -1, t: 0).value == 5)
        #expect(try Formula("where(log(r), 1, 2) + 3").evaluate(x: -1, t: 0).value.isNaN)
        #expect(try Formula("where(log(r), 1, 2) + 3").value(x: -1, t: 0).isNaN)
        // Nested, in either branch, with the value path equal to the dual path's value.
        let nested = try Formula("where(r > 0, where(r > 1, r^3, r^2), -where(r < -1, 2*r, r))")
        for x in [-2.0, -0.5, 0.5, 2] {
            #expect(nested.value(x: x, t: 0) == nested.evaluate(x: x, t: 0).value)
        }
        #expect(nested.evaluate(x: 2, t: 0) == Dual(8, 12, 12))
        #expect(nested.evaluate(x: -2, t: 0) == Dual(4, -2, 0))
        /// A constant over zero has derivatives 0, not 0/0 (found by fuzz-formula: c^2/max(0, -122)).
        #expect(try Formula("2/max(0, -122) + r").evaluate(x: 1, t: 0) == Dual(.infinity, 1, 0))
    }

    @Test("kink conventions: abs'(0) = 0, min and max take the first argument at a tie, clip passes v's derivative on [lo, hi]")
    func kinks() throws {
        #expect(try Formula("abs(r)").evaluate(x: 0, t: 0) == Dual(0, 0, 0))
        #expect(try Formula("min(r, 0)").evaluate(x: 0, t: 0) == Dual(0, 1, 0))
        #expect(try Formula("max(0, r)").evaluate(x: 0, t: 0) == Dual(0, 0, 0))
        #expect(try Formula("clip(r, -1, 1)").evaluate(x: 1, t: 0) == Dual(1, 1, 0))
        #expect(try Formula("clip(r, -1, 1)").evaluate(x: 1.5, t: 0) == Dual(1, 0, 0))
        // sqrt at 0: the derivative is infinite, and a constant argument never gives 0 * inf = NaN.
        #expect(try Formula("sqrt(0) + r").evaluate(x: 1, t: 0) == Dual(1, 1, 0))
    }
}
