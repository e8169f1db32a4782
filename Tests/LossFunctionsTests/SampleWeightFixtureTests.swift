import LossFunctions
import Testing

/// Weighted calls against the frameworks' own values (Tests/Fixtures/frameworks/weights.json, written
/// by weights.py beside it): Keras's sample_weight divides by the number of samples, scikit-learn's by
/// the sum of the weights, PyTorch's mse_loss and l1_loss by the sum of the weights and its huber_loss
/// by the number of elements.
@Suite("Sample weights: each framework's own denominator")
struct SampleWeightFixtureTests {
    @Test("The weighted fixtures load, with records of Keras, scikit-learn, PyTorch and MLX (class weights and ignore_index too)")
    func fixturesLoad() throws {
        let document = try #require(FrameworkFixture.weighted)
        let counts = Dictionary(grouping: document.records, by: \.framework.rawValue).mapValues(\.count)
        #expect(counts == document.counts)
        #expect(Set(counts.keys) == ["keras", "sklearn", "pytorch", "mlx"])
    }

    @Test("Each weighted record: the framework's value within 1e-6 relative (NaN exactly)",
          arguments: FrameworkFixture.weighted?.records ?? [])
    func value(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        #expect(fixture.call.contains(function.name + "("), "\(function.name) is not \(fixture.call)")
        let actual = try function.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        let expected = try #require(fixture.value?.array)
        #expect(actual.shape == expected.shape)
        #expect(FrameworkFixtureTests.close(actual.values, expected.values), "\(actual.values) for \(expected.values)")
    }

    @Test("Each weighted call a framework refused is refused, with its message",
          arguments: FrameworkFixture.weighted?.refused ?? [])
    func refusal(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        let error = try #require(throws: FrameworkError.self) {
            try function.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        }
        let expected = try #require(fixture.error?.split(separator: ": ", maxSplits: 1).last)
        #expect(error.description.contains(expected), "\(error.description) for \(fixture.error ?? "")")
    }

    @Test("A framework without per-sample weights refuses --sample-weight and says what it offers")
    func refusedWithoutWeights() throws {
        var options = FrameworkOptions()
        options.sampleWeight = FrameworkArray(vector: [1, 2])
        let inputs = FrameworkInputs(target: FrameworkArray(vector: [0, 0]), pred: FrameworkArray(vector: [1, 2]))
        let optax = try #require(Framework.optax.function(for: .l2))
        #expect(throws: FrameworkError.self) { try optax.evaluate(inputs, options: options) }
        let smoothL1 = try #require(Framework.pytorch.function(for: .smoothL1))
        #expect(throws: FrameworkError.self) { try smoothL1.evaluate(inputs, options: options) }
    }
}
