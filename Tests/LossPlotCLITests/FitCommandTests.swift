import Foundation
import TestUtilities
import Testing
@testable import LossFunctions
@testable import LossPlotCLI
@testable import LossPlotKit

/// `loss-plot fit` on the command line, against the fixture's independent optimisers
/// (Tests/Fixtures/fit/fit.json: numpy, scipy, statsmodels).
@Suite("loss-plot fit")
struct FitCommandTests {
    struct Record: Decodable {
        let dataset: String
        let x: [Double]
        let y: [Double]
        let loss: String
        let parameters: [String: Double]
        let scale: String
        let slope: Double
        let intercept: Double
    }

    static let records: [Record] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fit/fit.json")
        struct Fixture: Decodable { let records: [Record] }
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).records
    }()

    func fitRequest(_ arguments: [String]) throws -> FitRequest {
        let command = try LossPlot.parse(["fit"] + arguments)
        guard let fit = command as? FitCommand else { throw InputError("not a fit command") }
        return try fit.request()
    }

    @Test("--data with a header line and --scale mad gives statsmodels' RLM(y, X, M=HuberT(1.345)) coefficients within 1e-4")
    func statsmodelsFromFile() throws {
        let record = try #require(Self.records.first { $0.dataset == "outliers" && $0.scale == "mad" && $0.loss == "huber" })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "x,y\n" + zip(record.x, record.y).map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/points.csv"))
        let run = try FitRun(fitRequest(["huber", "--delta", "1.345", "--scale", "mad", "--data", folder + "/points.csv", "--out", folder + "/f.json"]))
        #expect(abs(run.results[0].slope - record.slope) <= 1e-4 * abs(record.slope))
        #expect(abs(run.results[0].intercept - record.intercept) <= 1e-4 * max(1, abs(record.intercept)))
        // The JSON carries what a user checks against statsmodels.
        #expect(run.json.contains("\"loss\": \"huber\"") && run.json.contains("\"converged\": true") && run.json.contains("\"scale\": \"mad\""))
    }

    @Test("the JSON of a formula holding a tab is valid JSON that gives the formula back (it wrote a raw tab)")
    func jsonEscapesTheLabel() throws {
        let text = try FitRun(fitRequest(["--expr", "abs(r)\t+ 0", "--out", "f.json"])).json
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let fits = try #require(object?["fits"] as? [[String: Any]])
        #expect(fits.first?["label"] as? String == "abs(r)\t+ 0")
    }

    @Test("least squares on the built-in points is numpy's polyfit of the same points (closed form)")
    func builtInLeastSquares() throws {
        let data = FitData.builtIn
        #expect(data.x.count == 40)
        // Six outliers above the line y = 2x + 1 by more than 10 (raised by U(15, 25), noise sd 0.5).
        #expect(zip(data.x, data.y).filter { $1 - (2 * $0 + 1) > 10 }.count == 6)
        let n = Double(data.x.count)
        let mx = data.x.reduce(0, +) / n, my = data.y.reduce(0, +) / n
        let sxy = zip(data.x, data.y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }, sxx = data.x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let run = try FitRun(fitRequest(["l2", "--out", "/tmp/never.json"]))
        #expect(abs(run.results[0].slope - sxy / sxx) <= 1e-12 * abs(sxy / sxx))
        #expect(abs(run.results[0].intercept - (my - sxy / sxx * mx)) <= 1e-11)
    }

    @Test("one fit per parameter value and per formula; non-convex losses report a local minimum")
    func entries() throws {
        let request = try fitRequest(["l1", "huber", "--delta", "0.5,1,2", "tukey", "--expr", "log(cosh(r))", "--out", "/tmp/never.json"])
        #expect(request.entries.map(\.label) == ["l1", "huber, δ = 0.5", "huber, δ = 1", "huber, δ = 2", "tukey, c = 0.5", "tukey, c = 1", "tukey, c = 2", "log(cosh(r))"])
        let run = try FitRun(request)
        #expect(run.results.map(\.local) == [false, false, false, false, true, true, true, false])
    }

    @Test("--surface: a panel per fit; the least-squares objective's minimum on its surface is the fit's (the grid's lowest point is next to it)")
    func surface() throws {
        let run = try FitRun(fitRequest(["l2", "huber", "--surface", "--out", "/tmp/never.png"]))
        let figure = try run.surfaceFigure()
        #expect(figure.panels.count == 2)
        let surface = try #require(figure.panels[0].surface)
        let lowest = try #require(surface.values.indices.min { surface.values[$0] < surface.values[$1] })
        let (i, j) = (lowest % surface.xs.count, lowest / surface.xs.count)
        let step = (surface.xs[1] - surface.xs[0], surface.ys[1] - surface.ys[0])
        #expect(abs(surface.xs[i] - run.results[0].slope) <= step.0 && abs(surface.ys[j] - run.results[0].intercept) <= step.1)
        #expect(failure(["fit", "l2", "--surface", "--weights", "--out", "/tmp/never.png"])?.message.hasPrefix("Error: --weights:") == true)
    }

    @Test("logistic regression: the margin loss on 0/1 labels (read as -1, 1) and sigmoid cross-entropy give scikit-learn's unpenalised LogisticRegression")
    func logisticRegression() throws {
        let record = try #require(Self.records.first { $0.loss == "sigmoid-cross-entropy" })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(zip(record.x, record.y).map { "\($0) \($1)" }.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: folder + "/labels.txt"))
        let run = try FitRun(fitRequest(["sigmoid-cross-entropy", "logistic", "--data", folder + "/labels.txt", "--out", folder + "/f.png"]))
        for fit in run.results {
            #expect(abs(fit.slope - record.slope) <= 1e-6 * abs(record.slope) && abs(fit.intercept - record.intercept) <= 1e-6 * max(1, abs(record.intercept)))
        }
        // Drawn as the probability of the label 1 over the points.
        #expect(run.figure().panels[0].series[1].label == "sigmoid-cross-entropy: P(y = 1)")
        // ESL's binomial deviance fits half the log-odds (its f is half the logit), so its P(y = 1) = σ(2f)
        // is the same curve as the logistic loss's σ(f) (ESL 10.6); a line would be drawn if it were not read as a logit.
        let both = try FitRun(fitRequest(["logistic", "binomial-deviance", "--data", folder + "/labels.txt", "--out", folder + "/g.png"]))
        let series = both.figure().panels[0].series
        #expect(series[2].label == "binomial-deviance: P(y = 1)")
        #expect(series[1].ys.count == 200 && series[2].ys.count == 200)
        for (p, q) in zip(series[1].ys, series[2].ys) { #expect(abs(p - q) <= 1e-6) }
    }

    @Test("bad points and flags: one line naming the flag and the problem, exit 1, nothing written", arguments: [
        (["fit", "l2", "--data", "/nonexistent/points.csv", "--out", "/tmp/never.png"], "Error: --data: cannot read '/nonexistent/points.csv'"),
        (["fit", "l2", "--scale", "iqr", "--out", "/tmp/never.png"], "Error: --scale: 'iqr' is not a scale; use none or mad"),
        (["fit", "softmax-cross-entropy", "--out", "/tmp/never.png"], "Error: softmax-cross-entropy: a loss of whole rows"),
        (["fit", "--out", "/tmp/never.png"], "Error: name at least one loss"),
        (["fit", "huber", "--delta", "-1", "--out", "/tmp/never.png"], "Error: --delta: '-1' is not allowed for huber"),
        (["fit", "l2", "l1", "--delta", "1", "--out", "/tmp/never.png"], "Error: --delta: none of l2, l1 takes delta"),
    ])
    func refusals(arguments: [String], message: String) {
        let result = failure(arguments)
        #expect(result?.message.hasPrefix(message) == true, "\(result?.message ?? "success")")
        #expect(result?.exitCode == 1)
    }

    @Test("data files: a bad value names its line and column; all x equal and a single point are refused")
    func badData() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text, message) in [("bad.csv", "x,y\n1,2\n3,z\n", "Error: --data: '\(folder)/bad.csv', line 3, column 3"),
                                      ("same.txt", "1 2\n1 3\n1 4\n", "Error: --data: '\(folder)/same.txt': every x is 1.0; the slope is undefined"),
                                      ("one.txt", "1 2\n", "Error: --data: '\(folder)/one.txt': 1 point; a line needs at least two"),
                                      ("three.txt", "1 2 3\n4 5 6\n", "Error: --data: '\(folder)/three.txt' has 3 columns; give two, x and y")] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
            let result = failure(["fit", "l2", "--data", folder + "/" + name, "--out", folder + "/out.png"])
            #expect(result?.message.hasPrefix(message) == true, "\(result?.message ?? "success")")
            #expect(!FileManager.default.fileExists(atPath: folder + "/out.png"))
        }
    }
}
