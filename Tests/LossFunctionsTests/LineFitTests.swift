import Foundation
import Testing
@testable import LossFunctions

/// Lines fitted under losses against independent optimisers on the same points (Tests/Fixtures/fit/fit.json,
/// written by fit.py beside it): scipy's minimize for smooth losses, scipy's linprog for L1 and the
/// pinball loss, statsmodels' RLM for `--scale mad`.
@Suite("Fitting a line under a loss")
struct LineFitTests {
    struct Record: Decodable, CustomTestStringConvertible, Sendable {
        let dataset: String
        let x: [Double]
        let y: [Double]
        let loss: String
        let parameters: [String: Double]
        let scale: String
        let slope: Double
        let intercept: Double
        let objective: Double?
        let source: String
        var testDescription: String { "\(loss) \(parameters) scale \(scale) on \(dataset)" }
    }

    struct Fixture: Decodable { let records: [Record] }

    static let records: [Record] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fit/fit.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).records
    }()

    func fit(_ record: Record) throws -> LineFit.Result {
        let loss = try #require(Catalog.named(record.loss))
        var values = loss.standardValues
        for (name, value) in record.parameters { values[try #require(LossParameter.named(name))] = value }
        return try LineFit.fit(x: record.x, y: record.y, loss: loss, parameters: values, scale: LineFit.Scale(rawValue: record.scale)!)
    }

    @Test("the fixture covers L1, pinball, four smooth losses, Tukey from L1, and statsmodels' RLM")
    func coverage() {
        #expect(Self.records.count >= 20)
        #expect(Set(Self.records.map(\.loss)) == ["l1", "quantile", "l2", "huber", "pseudo-huber", "log-cosh", "tukey", "sigmoid-cross-entropy", "hinge"])
    }

    @Test("coefficients within 1e-6 of the optimiser (1e-4 of statsmodels with --scale mad); L1 and pinball objectives within 1e-9", arguments: records)
    func agrees(_ record: Record) throws {
        let result = try fit(record)
        #expect(result.converged)
        switch (record.loss, record.scale) {
        case ("hinge", _):
            // A linear programme too: its objective is one number (the optimal line may not be unique).
            let objective = try #require(record.objective)
            #expect(abs(result.objective - objective) <= 1e-9 * objective, "objective \(result.objective), linprog \(objective)")
        case ("l1", _), ("quantile", _):
            // A linear programme may have several optimal lines; their objective is one number.
            let objective = try #require(record.objective)
            #expect(abs(result.objective - objective) <= 1e-9 * objective, "objective \(result.objective), linprog \(objective)")
            #expect(result.method == "exact")
        case (_, "mad"):
            #expect(abs(result.slope - record.slope) <= 1e-4 * max(1, abs(record.slope)), "slope \(result.slope), statsmodels \(record.slope)")
            #expect(abs(result.intercept - record.intercept) <= 1e-4 * max(1, abs(record.intercept)), "intercept \(result.intercept), statsmodels \(record.intercept)")
        default:
            #expect(abs(result.slope - record.slope) <= 1e-6 * max(1, abs(record.slope)), "slope \(result.slope), scipy \(record.slope)")
            #expect(abs(result.intercept - record.intercept) <= 1e-6 * max(1, abs(record.intercept)), "intercept \(result.intercept), scipy \(record.intercept)")
            if let objective = record.objective {
                #expect(result.objective <= objective * (1 + 1e-12) + 1e-15, "objective \(result.objective) above scipy's \(objective)")
            }
        }
        #expect(result.local == (record.loss == "tukey" && record.scale == "none"))
    }

    @Test("the median of many absolute residuals on the cores is the sorted middle (odd and even counts, ties, a spike)")
    func parallelMedian() {
        var state: UInt64 = 7
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        for n in [100_001, 100_000, 250_000] {
            for shape in 0..<3 {
                var values = (0..<n).map { _ -> Double in
                    let u = next()
                    return shape == 0 ? u : shape == 1 ? (u * 20).rounded() : (u < 0.999 ? u * 1e-3 : 1e6)
                }
                let sorted = values.sorted()
                let expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
                let found = values.withUnsafeMutableBufferPointer { Quickselect.parallelMedian($0, parts: 2) }
                #expect(found == expected, "n \(n), shape \(shape)")
            }
        }
    }

    @Test("bad points: one reason each")
    func refusals() {
        let l2 = LossDefinition.l2
        #expect(throws: LineFit.FitError("1 point; a line needs at least two")) { try LineFit.fit(x: [1], y: [2], loss: l2, parameters: l2.standardValues) }
        #expect(throws: LineFit.FitError("every x is 3.0; the slope is undefined")) { try LineFit.fit(x: [3, 3], y: [1, 2], loss: l2, parameters: l2.standardValues) }
        #expect(throws: LineFit.FitError.self) { try LineFit.fit(x: [1, .nan], y: [1, 2], loss: l2, parameters: l2.standardValues) }
    }

    @Test("IRLS weights ψ(r)/r: 1 inside Huber's delta, delta/|r| beyond (closed form)")
    func weights() {
        let huber = LossDefinition.huber
        var values = huber.standardValues
        values[.delta] = 1
        let fit = LineFit.Result(slope: 0, intercept: 0, objective: 0, iterations: 0, converged: true, local: false, method: "newton", scale: nil)
        let w = LineFit.weights(x: [0, 0, 0], y: [0.5, 4, -2], fit: fit, loss: huber, parameters: values)
        #expect(w == [1, 0.25, 0.5])
    }
}
