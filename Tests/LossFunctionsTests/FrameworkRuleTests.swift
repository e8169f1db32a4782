import LossFunctions
import Testing

/// What PyTorch refuses, and what it silently changes, against torch itself
/// (Tests/Fixtures/frameworks/rules.json, written by rules.py beside it).
@Suite("A framework's own refusals and silent changes")
struct FrameworkRuleTests {
    @Test("Each refusal of torch is a refusal, quoting torch's rule", arguments: FrameworkFixture.rules?.refused ?? [])
    func refused(_ fixture: FrameworkFixture) throws {
        let function = try #require(fixture.framework.function(for: FrameworkLoss.named(fixture.loss)))
        let error = try #require(throws: FrameworkError.self) { try function.evaluate(fixture.inputs, options: fixture.frameworkOptions) }
        let rule = try #require(fixture.error?.split(separator: ": ", maxSplits: 1).last)
        // torch's message, up to the number it prints in its own format (0.0 where we print 0).
        let stem = rule.prefix { $0 != "," && $0 != ":" }.split(separator: " Got").first.map(String.init) ?? String(rule)
        #expect(error.description.contains(stem), "\(error.description) for \(rule)")
    }

    @Test("What torch computes at the edges of its rules (var 0, beta 0, label smoothing -0.2 and 1)",
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
        #expect(function.warnings(for: options)
            == ["torch.nn.functional.cross_entropy ignores label_smoothing=-0.2 (it smooths only above 0) and computes without smoothing"])
        options[.labelSmoothing] = 0.1
        #expect(function.warnings(for: options).isEmpty)
    }
}
