import Foundation
import LossFunctions
import Testing

/// What PyTorch refuses, and what it silently changes, against torch itself
/// (Tests/Fixtures/frameworks/rules.json, written by rules.py beside it).
@Suite("A framework's own refusals and silent changes")
struct FrameworkRuleTests {
    @Test("An out-of-range class: Keras (JAX) reads a row of zeros (loss 0), optax wraps -1 and gives NaN above C, each with a warning")
    func outOfRangeClasses() throws {
        // Keras 3.15.1 on JAX and optax 0.2.8, run once on these rows (log-probabilities as logits):
        // Keras [0.35667494, 0]; optax with [0, 3]: [0.35667494, nan], with [0, -1]: [0.35667494, 0.91629073].
        let p: [[Double]] = [[0.7, 0.2, 0.1], [0.3, 0.3, 0.4]]
        let logits = FrameworkArray(rows: p.map { $0.map { log($0) } })
        let keras = try #require(Framework.keras.function(for: .sparseSoftmaxCrossEntropy))
        var options = FrameworkOptions()
        options.reduction = "none"
        let outside = FrameworkInputs(target: FrameworkArray(vector: [0, 3]), pred: logits)
        #expect(FrameworkFixtureTests.close(try keras.evaluate(outside, options: options).values, [0.35667494393873245, 0]))
        #expect(keras.warnings(for: outside, options: options).first?.contains("reads class 3 (outside 0 to 2) as a row of zeros") == true)
        let optax = try #require(Framework.optax.function(for: .sparseSoftmaxCrossEntropy))
        let above = try optax.evaluate(outside, options: FrameworkOptions()).values
        #expect(above[1].isNaN && abs(above[0] - 0.35667494393873245) < 1e-12)
        let negative = FrameworkInputs(target: FrameworkArray(vector: [0, -1]), pred: logits)
        #expect(FrameworkFixtureTests.close(try optax.evaluate(negative, options: FrameworkOptions()).values, [0.35667494393873245, 0.916290731874155]))
        #expect(optax.warnings(for: negative, options: FrameworkOptions()).first?.contains("as class 2 (it counts negative indices from the end)") == true)
        // PyTorch raises.
        let torch = try #require(Framework.pytorch.function(for: .sparseSoftmaxCrossEntropy))
        #expect(throws: FrameworkError.self) { try torch.evaluate(outside, options: FrameworkOptions()) }
    }

    @Test("Each refusal of torch is a refusal, quoting torch's rule", arguments: FrameworkFixture.rules?.refused ?? [])
    func refused(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        let error = try #require(throws: FrameworkError.self) { try function.evaluate(fixture.inputs, options: fixture.frameworkOptions) }
        let rule = try #require(fixture.error?.split(separator: ": ", maxSplits: 1).last)
        // torch's message, up to the number it prints in its own format (0.0 where we print 0).
        let stem = rule.prefix { $0 != "," && $0 != ":" }.split(separator: " Got").first.map(String.init) ?? String(rule)
        #expect(error.description.contains(stem), "\(error.description) for \(rule)")
    }

    @Test("What torch computes at the edges of its rules (var 0, beta 0, label smoothing -0.2 and 1), scikit-learn's mean_pinball_loss, Keras's Tversky(alpha, beta) and CategoricalFocalCrossentropy(label_smoothing)",
          arguments: FrameworkFixture.rules?.records ?? [])
    func value(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        let actual = try function.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        let expected = try #require(fixture.value?.array)
        #expect(FrameworkFixtureTests.close(actual.values, expected.values), "\(actual.values) for \(expected.values)")
    }

    @Test("A negative label smoothing, which cross_entropy ignores, is said on standard error; zero and positive ones are not")
    func negativeSmoothingWarns() throws {
        let function = try #require(Framework.pytorch.function(for: .sparseSoftmaxCrossEntropy))
        var options = FrameworkOptions()
        options[.labelSmoothing] = -0.2
        let inputs = FrameworkInputs(target: FrameworkArray(vector: [0]), pred: FrameworkArray(rows: [[0.3, 0.1]]))
        #expect(function.warnings(for: inputs, options: options)
            == ["torch.nn.functional.cross_entropy ignores label_smoothing=-0.2 (it smooths only above 0) and computes without smoothing"])
        options[.labelSmoothing] = 0.1
        #expect(function.warnings(for: inputs, options: options).isEmpty)
    }
}

/// Names users type: a framework's one function for a loss it lacks under that name, used with its
/// input convention (Tests/Fixtures/frameworks/names.json, written by names.py beside it).
@Suite("A loss a framework has under another name")
struct FrameworkEquivalentTests {
    @Test("The framework's function on the converted inputs gives the framework's value", arguments: FrameworkFixture.names?.records ?? [])
    func value(_ fixture: FrameworkFixture) throws {
        let loss = FrameworkLoss.named(fixture.loss)
        let equivalent = try #require(fixture.framework.equivalent(to: loss), "\(fixture.framework) has nothing for \(loss)")
        #expect(fixture.call.contains(equivalent.function.name), "\(equivalent.function.name) is not \(fixture.call)")
        let actual = try equivalent.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        let expected = try #require(fixture.value?.array)
        #expect(FrameworkFixtureTests.close(actual.values, expected.values), "\(actual.values) for \(expected.values)")
    }

    @Test("The notice names the framework, the function and the convention")
    func notice() throws {
        let equivalent = try #require(Framework.pytorch.equivalent(to: FrameworkLoss(.poisson)))
        #expect(equivalent.notice(for: FrameworkLoss(.poisson))
            == "PyTorch has no poisson; torch.nn.functional.poisson_nll_loss computes it: log_input=False reads --pred as a rate, as poisson does (it adds 1e-8 inside the log)")
        // A framework that has the loss by name uses it; one with nothing near has no equivalent.
        #expect(Framework.keras.equivalent(to: FrameworkLoss(.l2)) == nil)
        #expect(Framework.sklearn.equivalent(to: FrameworkLoss(.logCosh)) == nil)
    }
}

/// Arrays of three dimensions, as segmentation and sequence users hold them (Tests/Fixtures/frameworks/ndarrays.json).
@Suite("N-D arrays: each framework reduces over its own axes")
struct FrameworkNDArrayTests {
    @Test("Keras and PyTorch on (2, 3, 4) arrays, every reduction, within 1e-6", arguments: FrameworkFixture.ndarrays?.records ?? [])
    func value(_ fixture: FrameworkFixture) throws {
        #expect(fixture.inputs.pred.shape == [2, 3, 4])
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        let actual = try function.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        let expected = try #require(fixture.value?.array)
        #expect(actual.shape == expected.shape)
        #expect(FrameworkFixtureTests.close(actual.values, expected.values), "\(actual.values) for \(expected.values)")
    }

    @Test("27 records")
    func count() {
        #expect(FrameworkFixture.ndarrays?.records.count == 27)
    }
}
