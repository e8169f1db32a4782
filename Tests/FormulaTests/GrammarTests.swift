import Foundation
import Testing
@testable import Formula

/// The grammar's traps, each against the value Python gives for the same text (python3 -c 'print(...)').
@Suite("Formula grammar: Python's precedence and the traps other tools fall into")
struct GrammarTests {
    func value(_ text: String, x: Double = 0, t: Double = 0, _ parameters: [String: Double] = [:]) throws -> Double {
        let names = parameters.keys.sorted()
        return try Formula(text, parameters: names).evaluate(x: x, t: t, parameters: names.map { parameters[$0]! }).value
    }

    @Test("-r^2 is -(r^2), as Python's -r**2: Welsch's exp(-r^2/2) stays below 1")
    func unaryMinusBelowPower() throws {
        #expect(try value("-r^2", x: 3) == -9)
        #expect(try value("-r**2", x: 3) == -9)
        #expect(try value("exp(-r^2/2)", x: 2) == exp(-2.0))
    }

    @Test("2^3^2 is 512 (right-associative), 2**-1 is 0.5, (-2)^2 is 4, 2^-1^2 is 0.5")
    func powers() throws {
        #expect(try value("2^3^2") == 512)
        #expect(try value("2**3**2") == 512)
        #expect(try value("2^-1") == 0.5)
        #expect(try value("2**-1") == 0.5)
        #expect(try value("(-2)^2") == 4)
        // Python: 2**-1**2 == 2**(-(1**2)) == 0.5
        #expect(try value("2^-1^2") == 0.5)
    }

    @Test("log is the natural logarithm (Desmos and Excel read log as base 10); log10 and log2 are there")
    func logarithms() throws {
        #expect(try value("log(e)") == 1)
        #expect(try value("log10(1000)") == 3)
        #expect(try value("log2(8)") == 3)
    }

    @Test("precedence: 1 + 2 * 3 = 7, 8 / 2 / 2 = 2 (left to right), 2 - 3 - 4 = -5, -2 * -3 = 6, comparisons below arithmetic")
    func arithmetic() throws {
        #expect(try value("1 + 2 * 3") == 7)
        #expect(try value("8 / 2 / 2") == 2)
        #expect(try value("2 - 3 - 4") == -5)
        #expect(try value("-2 * -3") == 6)
        #expect(try value("1 + 1 == 2") == 1)
        #expect(try value("1 < 2 - 3") == 0)
        #expect(try value("1.5e3 + .5 + 2E-1") == 1500.7)
    }

    @Test("variables: r = x - t, m = t * x; parameters by name")
    func variables() throws {
        #expect(try value("r", x: 3, t: 1) == 2)
        #expect(try value("m", x: 3, t: -1) == -3)
        #expect(try value("c * x + t", x: 2, t: 1, ["c": 5]) == 11)
    }

    @Test("bad formulas: one reason and the column", arguments: [
        ("r +", "expected a number, a name or '(', found the end of the formula at column 4"),
        ("lg(r)", "unknown function 'lg'"),
        ("c * r", "unknown name 'c'"),
        ("where(r > 0, r)", "where takes 3 arguments, 2 given at column 1"),
        ("1e999 * r", "the number 1e999 is out of range"),
        ("(r", "expected ')' to close the '(' at column 1, found the end of the formula at column 3"),
        ("r = 1", "'=' is not an operator; compare with == at column 3"),
        ("2r", "expected an operator or the end of the formula, found 'r' at column 2"),
        ("1 < r < 2", "comparisons do not chain"),
        ("", "the formula is empty"),
        ("r $ 2", "unexpected character '$' at column 3"),
        ("abs", "'abs' is a function: call it as abs(...)"),
    ])
    func refusals(text: String, message: String) {
        #expect { try Formula(text) } throws: { error in
            (error as? FormulaError)?.description.contains(message) == true
        }
    }

    @Test("deep nesting and long formulas are refused cleanly, never a stack overflow")
    func limits() throws {
        let deep = String(repeating: "(", count: 50_000) + "r" + String(repeating: ")", count: 50_000)
        #expect(throws: FormulaError.self) { try Formula(deep) }
        let minus = String(repeating: "-", count: 5_000) + "r"
        #expect(throws: FormulaError.self) { try Formula(minus) }
        let long = Array(repeating: "r", count: 6_000).joined(separator: "+")
        #expect { try Formula(long) } throws: { ($0 as? FormulaError)?.reason.contains("at most 10000") == true }
        // A long flat sum within the limit is fine: it is a flat program, not a deep tree.
        let flat = Array(repeating: "r", count: 4_000).joined(separator: "+")
        #expect(try Formula(flat).evaluate(x: 1, t: 0).value == 4_000)
        let nested = String(repeating: "(", count: 150) + "r" + String(repeating: ")", count: 150)
        #expect(try Formula(nested).evaluate(x: 2, t: 0).value == 2)
    }

    @Test("parameter names: not a variable, constant or function, declared once")
    func parameterNames() {
        for bad in ["r", "x", "pi", "e", "exp", "1c", "c-d"] {
            #expect(throws: FormulaError.self) { try Formula("r", parameters: [bad]) }
        }
        #expect(throws: FormulaError.self) { try Formula("r", parameters: ["c", "c"]) }
    }
}
