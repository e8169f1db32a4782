import Testing
import LossFunctions

@Suite("ParameterValues: values read by parameter name")
struct ParameterValuesTests {
    @Test("every parameter has a slot of its own, so no two share a value")
    func distinctSlots() {
        var values = ParameterValues()
        for (i, parameter) in LossParameter.all.enumerated() { values[parameter] = Double(i + 1) }
        for (i, parameter) in LossParameter.all.enumerated() { #expect(values[parameter] == Double(i + 1), "\(parameter.name)") }
    }

    @Test("a parameter never set reads 0; a named one reads its value")
    func namedConstruction() {
        let values = ParameterValues([.delta: 0.5, .labelSmoothing: 0.1], epsilon: 1e-7)
        #expect(values[.delta] == 0.5)
        #expect(values[.labelSmoothing] == 0.1)
        #expect(values[.gamma] == 0)
        #expect(values.epsilon == 1e-7)
    }

    @Test("a definition's standard values are its declared defaults, by name")
    func standardValues() {
        let focal = LossDefinition.focal.standardValues
        #expect(focal == ParameterValues([.gamma: 2, .alpha: -1, .labelSmoothing: 0]))
        #expect(LossDefinition.huber.standardValues[.delta] == 1)
    }
}
