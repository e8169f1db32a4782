import Foundation
import Testing
@testable import LossPlotCLI
@testable import LossPlotKit

/// `eval --framework` and `eval --compare` on the command line. The values come from the frameworks
/// themselves (Tests/Fixtures/frameworks/fixtures.json, records named in each test).
@Suite("eval --framework and --compare")
struct FrameworkEvalTests {
    static func output(_ arguments: [String]) throws -> String {
        try EvalRun(evalRequest(["eval"] + arguments)).frameworkResult().text
    }

    @Test("--compare on BCE at y = 1, p = 0: Keras 16.118..., PyTorch 100, MLX 100, sklearn 36.04..., exact inf")
    func compareBinaryCrossEntropy() throws {
        // fixtures.json: keras 16.11809565095832, pytorch 100.0, mlx 100.0, sklearn 36.04365338911715.
        let lines = try Self.output(["binary-cross-entropy", "--target", "1", "--pred", "0", "--compare"]).split(separator: "\n")
        let values = lines.map { $0.split(separator: " ", omittingEmptySubsequences: true) }.map { ($0[0], $0[1]) }
        // optax has no binary cross-entropy on probabilities: its sigmoid_binary_cross_entropy on log(p / (1 - p)) = -inf.
        #expect(values.map(\.0) == ["Keras", "PyTorch", "optax", "MLX", "scikit-learn", "exact"])
        #expect(values.map(\.1) == ["16.11809565095832", "100", "[inf]", "100", "36.04365338911715", "inf"])
    }

    @Test("--compare's exact row uses the given parameters: Huber at delta 2, weighted sigmoid cross-entropy at pos_weight 2")
    func compareExactRowTakesParameters() throws {
        func exact(_ arguments: [String]) throws -> String? {
            let row = try Self.output(arguments + ["--compare"]).split(separator: "\n").first { $0.hasPrefix("exact") }
            return row?.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
        }
        // Residuals 3 and 0 at delta 2: (2·3 - 2²/2 + 0) / 2 = 2 (at delta 1 it would be 1.25).
        #expect(try exact(["huber", "--target", "1,2", "--pred", "4,2", "--delta", "2"]) == "2")
        // pos_weight 2 on logits 2, -1, 0.5 with targets 1, 0, 1: (2 log(1 + e⁻²) + log(1 + e⁻¹) + 2 log(1 + e^-0.5)) / 3.
        let expected = (2 * log1p(exp(-2.0)) + log1p(exp(-1.0)) + 2 * log1p(exp(-0.5))) / 3
        let value = try #require(try exact(["weighted-sigmoid-cross-entropy", "--target", "1,0,1", "--pred", "2,-1,0.5", "--pos-weight", "2"]).flatMap(Double.init))
        #expect(abs(value - expected) <= 1e-15 * expected)
    }

    @Test("sklearn's log_loss on column arrays (one label per sample): the mean of -log of each true class's probability")
    func sklearnColumnArrays() throws {
        // sklearn.metrics.log_loss([1, 0, 1], [0.9, 0.2, 0.6]) is 0.2797765635793423 (scikit-learn 1.9.1),
        // which is the closed form -(log 0.9 + log 0.8 + log 0.6) / 3 in float64.
        #expect(try Self.output(["binary-cross-entropy", "--framework", "sklearn", "--target", "1;0;1", "--pred", "0.9;0.2;0.6"])
                == "0.2797765635793423")
    }

    @Test("--sample-weight: Keras divides the weighted sum by the samples, scikit-learn by the weights, and --compare shows both")
    func sampleWeights() throws {
        // Squared errors 1, 4, 9 with weights 1, 2, 3: Σ w l = 36; Keras 36 / 3 = 12, scikit-learn 36 / 6 = 6.
        let arguments = ["l2", "--target", "0;0;0", "--pred", "1;2;3", "--sample-weight", "1,2,3"]
        #expect(try EvalRun(evalRequest(["eval"] + arguments)).result().text == "12.0")
        #expect(try Self.output(arguments + ["--framework", "keras"]) == "12")
        #expect(try Self.output(arguments + ["--framework", "sklearn"]) == "6")
        let rows = try Self.output(arguments + ["--compare"]).split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).map(String.init) }
        let table = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1].trimmingCharacters(in: .whitespaces)) })
        #expect(table["Keras"]?.hasPrefix("12 ") == true)
        #expect(table["scikit-learn"]?.hasPrefix("6 ") == true)
        #expect(table["exact"]?.hasPrefix("6 ") == true)
        #expect(table["optax"]?.hasPrefix("takes no sample weight") == true)
        // PyTorch's weight= of mse_loss is one weight per element of the input: (3, 1) here, so it raises.
        #expect(table["PyTorch"]?.contains("Weights and input must have the same size.") == true)
    }

    @Test("--sample-weight refusals: the count, a non-number, and a framework without weights")
    func sampleWeightRefusals() throws {
        #expect(throws: InputError("--sample-weight: 2 weights for 3 samples; give one weight per sample")) {
            try EvalRun(evalRequest(["eval", "l2", "--target", "0;0;0", "--pred", "1;2;3", "--sample-weight", "1,2"])).result().text
        }
        #expect(throws: InputError("--sample-weight: sample 1, position 2: 'inf' is not allowed; a finite number is needed")) {
            try EvalRun(evalRequest(["eval", "l2", "--target", "0;0;0", "--pred", "1;2;3", "--sample-weight", "1,inf,2"])).result().text
        }
        #expect(throws: InputError.self) {
            try Self.output(["smooth-l1", "--target", "0,0", "--pred", "1,2", "--sample-weight", "1,2", "--framework", "pytorch"])
        }
    }

    @Test("PyTorch's ignore_index (-100 by default) and weight=: the mean over the kept targets' weights")
    func ignoredAndWeightedClasses() throws {
        // nll_loss reads log-probabilities: -(-0.1) for the kept sample, the -100 target left out.
        #expect(try Self.output(["nll", "--framework", "pytorch", "--target", "0;-100", "--pred", "-0.1,-2.3;-1.2,-0.4"]) == "0.1")
        // weight = (1, 3): (1·0.1 + 3·0.4 + 3·0.9) / (1 + 3 + 3) = 4 / 7.
        #expect(try Self.output(["nll", "--framework", "pytorch", "--target", "0;1;1", "--pred", "-0.1,-2.3;-1.2,-0.4;-0.5,-0.9",
                                 "--class-weight", "1,3"]) == "0.5714285714285714")
        // --ignore-index 1 leaves out both class-1 targets: 0.1 / 1.
        #expect(try Self.output(["nll", "--framework", "pytorch", "--target", "0;1;1", "--pred", "-0.1,-2.3;-1.2,-0.4;-0.5,-0.9",
                                 "--ignore-index", "1"]) == "0.1")
        #expect(throws: InputError("--class-weight: changes only what --framework or --compare computes (it is a framework function's argument); add one of them")) {
            try EvalRun(evalRequest(["eval", "nll", "--target", "0;1", "--pred", "-0.1,-2.3;-1.2,-0.4", "--class-weight", "1,3"])).result().text
        }
    }

    @Test("An empty batch (--target '' --pred ''): each framework's own answer")
    func emptyBatch() throws {
        // torch 2.13 mse_loss: mean nan, sum 0, none []; Keras 3.15.1 nan; optax []; scikit-learn raises (rules.json).
        let empty = ["l2", "--target", "", "--pred", ""]
        #expect(try Self.output(empty + ["--framework", "pytorch"]) == "nan")
        #expect(try Self.output(empty + ["--framework", "pytorch", "--reduction", "sum"]) == "0")
        #expect(try Self.output(empty + ["--framework", "pytorch", "--reduction", "none"]) == "[]")
        #expect(try Self.output(empty + ["--framework", "keras"]) == "nan")
        #expect(try Self.output(empty + ["--framework", "optax"]) == "[]")
        #expect(throws: InputError("--framework: 'sklearn': sklearn.metrics.mean_squared_error refuses these arrays: Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.")) {
            try Self.output(empty + ["--framework", "sklearn"])
        }
    }

    @Test("--compare --json: the same rows, infinity as a string")
    func compareJSON() throws {
        let json = try Self.output(["binary-cross-entropy", "--target", "1", "--pred", "0", "--compare", "--json"])
        #expect(JSONSyntax.check(Array(json.utf8)) == nil)
        #expect(json.contains("\"framework\": \"pytorch\""))
        #expect(json.contains("\"value\": 16.11809565095832"))
        #expect(json.contains("\"exact\": \"inf\""))
    }

    @Test("--framework gives the framework's own value, options and reduction included")
    func framework() throws {
        // fixtures.json: torch.nn.functional.kl_div(input, target, reduction='batchmean') on the 2-D case.
        #expect(try Self.output(["kl-divergence", "--framework", "pytorch", "--reduction", "batchmean",
                                 "--target", "0.2,0.3,0.5;0.6,0.3,0.1",
                                 "--pred", "-1.3862943611198906,-1.3862943611198906,-0.6931471805599453;-1.2039728043259361,-1.2039728043259361,-0.916290731874155"])
                == "0.14366331449966124")
        // optax's l2_loss is half the squared error and is not reduced: [0.5, 4.5].
        #expect(try Self.output(["l2", "--framework", "optax", "--target", "0,0", "--pred", "1,3"]) == "0.5\n4.5")
    }

    static let refusals: [([String], String)] = [
        (["hinge", "--framework", "pytorch", "--target", "1", "--pred", "0"],
         "Error: --framework: 'pytorch' has no hinge; its nearest is torch.nn.functional.hinge_embedding_loss (hinge-embedding): hinge_embedding_loss is x for y = 1 and max(0, 1 - x) for y = -1: not max(0, 1 - y·x)"),
        (["log-cosh", "--framework", "sklearn", "--target", "1", "--pred", "0"],
         "Error: --framework: 'sklearn' has no log-cosh and nothing near it"),
        (["binary-cross-entropy", "--framework", "pytorch", "--label-smoothing", "0.1", "--target", "1", "--pred", "0"],
         "Error: --label-smoothing: torch.nn.functional.binary_cross_entropy has no such argument"),
        (["l2", "--framework", "keras", "--reduction", "batchmean", "--target", "1", "--pred", "0"],
         "Error: --reduction: 'batchmean' is not a reduction of keras.losses.MeanSquaredError; use mean, sum, none"),
        (["cosine-similarity", "--framework", "mlx", "--target", "1,1", "--pred", "1,0"],
         "Error: --framework: 'mlx': mlx.nn.losses.cosine_similarity_loss refuses these arrays: Invalid axis 1 for array with 1 dimensions"),
        (["l2", "--compare", "--json", "--framework", "keras", "--target", "1", "--pred", "0"],
         "Error: --framework: 'keras' with --compare; --compare runs every framework, so give one or the other"),
        (["l2", "--json", "--target", "1", "--pred", "0"], "Error: --json: only with --compare"),
    ]

    @Test("A loss, option or array a framework lacks is refused in one line", arguments: refusals)
    func refusal(arguments: [String], expected: String) {
        let result = failure(["eval"] + arguments)
        #expect(result?.message == expected)
        #expect(result?.exitCode == 1)
    }
}
