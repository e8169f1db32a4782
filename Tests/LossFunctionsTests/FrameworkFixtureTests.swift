import Testing
import LossFunctions

/// `--framework` against the values the real libraries returned (Tests/Fixtures/frameworks, made by
/// generate.py with torch 2.13.0+cpu, Keras 3.15.1 on JAX, optax 0.2.8, MLX 0.32.4, scikit-learn 1.9.1).
@Suite("Framework functions against the frameworks' own values")
struct FrameworkFixtureTests {
    @Test("The fixture file loads, with every framework's records")
    func fixturesLoad() throws {
        let document = try #require(FrameworkFixture.document)
        let counts = Dictionary(grouping: document.records, by: \.framework.rawValue).mapValues(\.count)
        #expect(counts == document.counts)
        #expect(Set(counts.keys) == Set(Framework.allCases.map(\.rawValue)))
    }

    @Test("Each record: the same function, and its value within 1e-6 relative (inf and NaN exactly)",
          arguments: FrameworkFixture.document?.records ?? [])
    func value(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        #expect(fixture.call.contains(function.name(for: fixture.frameworkOptions) + "("), "\(function.name) is not \(fixture.call)")
        let actual = try function.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        let expected = try #require(fixture.value?.array)
        #expect(actual.shape == expected.shape)
        #expect(Self.close(actual.values, expected.values), "\(actual.values) for \(expected.values)")
    }

    @Test("Each case a framework refused is refused too", arguments: FrameworkFixture.document?.refused ?? [])
    func refusal(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        #expect(throws: FrameworkError.self, "\(fixture.error ?? "")") {
            try function.evaluate(fixture.inputs, options: fixture.frameworkOptions)
        }
    }

    static func close(_ actual: [Double], _ expected: [Double]) -> Bool {
        actual.count == expected.count && zip(actual, expected).allSatisfy { a, e in
            if a.isNaN || e.isNaN { return a.isNaN && e.isNaN }
            if a == e { return true }
            return a.isFinite && e.isFinite && abs(a - e) <= 1e-6 * max(abs(a), abs(e))
        }
    }
}
