import Foundation
import Testing
@testable import LossFunctions
@testable import LossPlotCLI
@testable import LossPlotKit

/// `--expr` on the command line: plot, eval, eval --derivative and info, against closed forms.
@Suite("--expr: a formula as a loss")
struct FormulaCommandTests {
    @Test("Huber as a formula draws the catalog's huber: values and both derivatives equal to 1e-12 on -3:3, kinks included")
    func huberFormula() throws {
        let plot = try request(["huber", "--delta", "1", "--expr", "where(abs(r) <= d, r^2/2, d*(abs(r) - d/2))", "--param", "d=1"])
        #expect(plot.losses.count == 2)
        guard case .pointwise(let catalog) = plot.losses[0].kernel, case .pointwise(let formula) = plot.losses[1].kernel else {
            Issue.record("not pointwise")
            return
        }
        var parameters = plot.losses[0].standardValues
        parameters[.delta] = 1
        for k in 0...6000 {
            let x = -3 + Double(k) / 1000
            #expect(abs(catalog.value(x, 0, parameters) - formula.value(x, 0, ParameterValues())) <= 1e-12)
            #expect(abs(catalog.first(x, 0, parameters) - formula.first(x, 0, ParameterValues())) <= 1e-12)
            #expect(abs(catalog.second(x, 0, parameters) - formula.second(x, 0, ParameterValues())) <= 1e-12)
        }
    }

    @Test("--param c=0.5,1,2 gives one curve per value, named after --label and the value")
    func parameterSweep() throws {
        let plot = try request(["--expr", "c^2/2 * log(1 + (r/c)^2)", "--param", "c=0.5,1,2", "--label", "Cauchy"])
        #expect(plot.losses.map(\.name) == ["Cauchy, c = 0.5", "Cauchy, c = 1", "Cauchy, c = 2"])
        let sweep = try request(["--expr", "c * abs(r)", "--param", "c=1:3:3"])
        #expect(sweep.losses.map(\.name) == ["c * abs(r), c = 1", "c * abs(r), c = 2", "c * abs(r), c = 3"])
    }

    @Test("eval --expr computes like a named loss: the mean of log(cosh(r)) over the elements")
    func evalFormula() throws {
        let values = try EvalRun(evalRequest(["eval", "--expr", "log(cosh(r))", "--target", "0,0,0", "--pred", "1,2,-3"])).compute()
        let expected = (log(cosh(1.0)) + log(cosh(2.0)) + log(cosh(3.0))) / 3
        #expect(values.count == 1 && abs(values[0] - expected) <= 1e-15 * expected)
    }

    @Test("eval --derivative 1,2 --reduction none: Tukey's value, gradient and Hessian per element, closed forms")
    func gradientHessian() throws {
        let c = 4.685
        let output = try EvalRun(evalRequest(["eval", "--expr", "c^2/6 * (1 - (1 - (r/c)^2)^3) * (abs(r) <= c) + c^2/6 * (abs(r) > c)",
                                              "--param", "c=4.685", "--target", "0;0;0", "--pred", "1;3;6",
                                              "--reduction", "none", "--derivative", "1,2"])).result().text
        let rows = output.split(separator: "\n").map { $0.split(separator: ",").map { Double($0)! } }
        #expect(rows.count == 3)
        for (row, r) in zip(rows, [1.0, 3.0, 6.0]) {
            let u = (r / c) * (r / c)
            let inside = abs(r) <= c
            let value = inside ? c * c / 6 * (1 - pow(1 - u, 3)) : c * c / 6
            let gradient = inside ? r * (1 - u) * (1 - u) : 0
            let hessian = inside ? (1 - u) * (1 - 5 * u) : 0
            #expect(abs(row[0] - value) <= 1e-12 && abs(row[1] - gradient) <= 1e-12 && abs(row[2] - hessian) <= 1e-12, "r = \(r): \(row)")
        }
    }

    @Test("bad formulas and flags: one line naming the flag, the problem and the column", arguments: [
        (["--expr", "r +", "--out", "/tmp/never.png"], "Error: --expr: 'r +': expected a number, a name or '(', found the end of the formula at column 4"),
        (["--expr", "c * r", "--out", "/tmp/never.png"], "Error: --expr: 'c * r': unknown name 'c'"),
        (["--expr", "r", "--param", "c=1", "--out", "/tmp/never.png"], "Error: --param: no --expr formula reads 'c'"),
        (["huber", "--param", "c=1", "--out", "/tmp/never.png"], "Error: --param: 'c' is a parameter of --expr formulas, and no --expr is given"),
        (["--expr", "r", "--param", "r=1", "--out", "/tmp/never.png"], "Error: --param: 'r' is a variable of every formula"),
        (["--expr", "c*r", "--param", "c", "--out", "/tmp/never.png"], "Error: --param: 'c' is not NAME=VALUES"),
        (["eval", "l2", "--expr", "r^2", "--target", "1", "--pred", "2"], "Error: --expr: computes a formula instead of a named loss"),
        (["eval", "--expr", "c*r^2", "--param", "c=1,2", "--target", "1", "--pred", "2"], "Error: --param: eval takes one value per parameter; 'c' has 2"),
        (["eval", "--expr", "r^2", "--target", "1", "--pred", "2", "--derivative", "1"], "Error: --derivative: prints each element's value, gradient and Hessian; add --reduction none"),
        (["eval", "--expr", "r^2", "--target", "1", "--pred", "2", "--framework", "keras"], "Error: --expr: a formula is loss-plot's own"),
    ])
    func refusals(arguments: [String], message: String) {
        let result = failure(arguments)
        #expect(result?.message.hasPrefix(message) == true, "\(result?.message ?? "success")")
        #expect(result?.message.contains("\n") == false)
        #expect(result?.exitCode == 1)
    }

    @Test("--animate c=1,2,3 moves a formula's parameter: each frame's loss is c·|r| at that c")
    func animateFormulaParameter() throws {
        let plot = try request(["--expr", "c * abs(r)", "--animate", "c=1,2,3", "--out", "/tmp/never.gif"])
        let animated = try #require(plot.animation?.animated.first)
        #expect(animated.values == [1, 2, 3])
        for c in [1.0, 2, 3] {
            var frame = plot
            animated.apply(c, to: &frame)
            #expect(frame.losses.count == 1)
            guard case .pointwise(let kernel) = frame.losses[0].kernel else { return }
            #expect(kernel.value(-2, 0, ParameterValues()) == 2 * c)
            #expect(frame.losses[0].name == "c * abs(r)")
        }
        #expect(failure(["--expr", "c*r^2", "--param", "c=1", "--animate", "c=1,2", "--out", "/tmp/never.gif"])?.message
                == "Error: --animate: 'c=1,2' moves c, which --param c also sets; give it once")
    }

    @Test("a manifest's curve may be a formula: \"expr\" and \"params\", refused in one line when it does not compile")
    func manifestFormula() throws {
        let curve = try JSONDecoder().decode(CurveSpec.self, from: Data(#"{"expr": "c * r^2", "params": {"c": 3}, "label": "q"}"#.utf8))
        guard case .pointwise(let kernel) = curve.loss.kernel else { return }
        #expect(kernel.value(2, 0, ParameterValues()) == 12)
        #expect(kernel.first(2, 0, ParameterValues()) == 12)
        #expect(kernel.second(2, 0, ParameterValues()) == 6)
        let encoded = String(decoding: try JSONEncoder().encode(curve), as: UTF8.self)
        #expect(encoded.contains(#""expr":"c * r^2""#))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CurveSpec.self, from: Data(#"{"expr": "c * lg(r)", "params": {"c": 3}}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(CurveSpec.self, from: Data(#"{"expr": "r^2", "params": {"c": 3}}"#.utf8)) }
    }

    @Test("info --expr: Cauchy's second derivative c²(c² - r²)/(c² + r²)² is negative exactly beyond |r| = c")
    func infoFormula() throws {
        let loss = try FormulaFlags.formula("c^2/2 * log(1 + (r/c)^2)", parameters: ["c=0.5"])
        let text = LossText.formulaInfo(loss, range: [-3, 3], target: nil)
        // The grid's step is 6 / 20000 = 3e-4: the spans end within one step of ±0.5.
        #expect(text.contains("negative on [-3, -0.4998], [0.5001, 3]"), "\(text)")
        #expect(text.contains("minimum:      0 at x = 0"))
        #expect(text.contains("symmetric:    yes"))
        // Its largest |slope| is c/2 = 0.25 at |r| = c.
        #expect(text.contains("Lipschitz:    0.25 on the range"))
        let convex = LossText.formulaInfo(try FormulaFlags.formula("log1p(exp(-m))", parameters: []), range: [-3, 3], target: nil)
        #expect(convex.contains("convex:       yes"))
    }
}
