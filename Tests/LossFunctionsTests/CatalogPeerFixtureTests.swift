import Foundation
import LossFunctions
import Testing

/// The catalog's margin and distance losses (the definitions `eval` and the figures use, not the
/// `--framework` tables) against what the peer libraries returned when run once: the records of
/// Tests/Fixtures/frameworks/fixtures.json (generate.py; scikit-learn 1.9.1, optax 0.2.8, Keras 3.15.1,
/// torch 2.13.0+cpu).
@Suite("Catalog losses against the peer libraries' fixture records")
struct CatalogPeerFixtureTests {
    static func records(_ framework: Framework, _ loss: String) -> [FrameworkFixture] {
        (FrameworkFixture.document?.records ?? []).filter { $0.framework == framework && $0.loss == loss }
    }

    /// Per-element records (scikit-learn's py_loss over each pair, optax's unreduced losses): every element.
    @Test("scikit-learn's SGD py_loss and optax's perceptron_loss, element by element",
          arguments: [(Framework.sklearn, "perceptron"), (.sklearn, "modified-huber"), (.sklearn, "epsilon-insensitive"),
                      (.sklearn, "squared-epsilon-insensitive"), (.optax, "perceptron")])
    func elementwise(_ framework: Framework, _ name: String) throws {
        let loss = try #require(Catalog.named(name))
        let records = Self.records(framework, name)
        #expect(!records.isEmpty)
        for record in records {
            let targets = record.target.array.values, scores = record.pred.array.values
            let expected = try #require(record.value).array.values
            let k = ElementwiseLoss(loss, parameters: LossParameters([.width: 0.1]))
            let actual = zip(scores, targets).map { k.value(prediction: $0, target: $1) }
            #expect(allClose(actual, expected, rel: 1e-12, abs: 1e-15), "\(record.testDescription): \(actual)")
        }
    }

    @Test("Keras MeanAbsolutePercentageError: eval's mean over each row, then over the rows (epsilon 1e-7)")
    func kerasMape() throws {
        let records = Self.records(.keras, "mape")
        #expect(records.count >= 4)
        for record in records {
            let rows = record.target.array.rank == 2 ? record.target.array.rows.map(Array.init) : [record.target.array.values]
            let preds = record.pred.array.rank == 2 ? record.pred.array.rows.map(Array.init) : [record.pred.array.values]
            let perSample = BatchLoss(.mape).perSample(predictions: preds, targets: rows)
            let reduction: Reduction = record.options["reduction"]?.text == "none" ? .none : .mean
            let expected = try #require(record.value).array.values
            #expect(allClose(reduction.apply(perSample), expected, rel: 1e-12), "\(record.testDescription): \(perSample)")
        }
    }

    @Test("PyTorch soft_margin_loss is logistic's mean; where it overflows to inf, ours stays exact")
    func pytorchSoftMargin() throws {
        for record in Self.records(.pytorch, "logistic") {
            let labels = record.target.array.values, scores = record.pred.array.values
            let mean = BatchLoss(.logistic).perSample(predictions: [scores], targets: [labels])[0]
            let expected = try #require(record.value).array.values[0]
            if expected.isFinite {
                #expect(isClose(mean, expected, rel: 1e-12), "\(record.testDescription): \(mean)")
            } else {
                // log1p(exp(10000)) overflows in PyTorch; the exact mean of (≈ e^-100, 10000) is 5000.
                #expect(scores == [100, 10000] && labels == [1, -1])
                #expect(isClose(mean, (exp(-100) + 10000) / 2, rel: fewUlps), "\(mean)")
            }
        }
    }
}
