import Foundation
import LossFunctions
import Testing

/// The catalog's categorical hinge against Keras's own losses_test.py (CategoricalHingeTest, keras 3.15.1)
/// and against a closed form of its sweep.
@Suite("categorical-hinge: Keras's categorical_hinge, not the Crammer-Singer hinge")
struct CategoricalHingeTests {
    static func value(_ scores: [Double], _ target: [Double]) throws -> Double {
        guard case .row(let kernel) = LossDefinition.categoricalHinge.kernel else { throw FrameworkError("not a row loss") }
        return kernel.value(scores, target: .distribution(target), parameters: LossDefinition.categoricalHinge.standardValues)
    }

    @Test("CategoricalHingeTest.test_unweighted: per sample [1.2, 1.6]; weighted [1, 0] mean 0.6")
    func kerasTest() throws {
        // y_true [[0, 1], [0, 0]], y_pred [[0.6, 0.4], [0.4, 0.6]].
        #expect(abs(try Self.value([0.6, 0.4], [0, 1]) - 1.2) < 1e-12)
        #expect(abs(try Self.value([0.4, 0.6], [0, 0]) - 1.6) < 1e-12)
        let keras = try #require(Framework.keras.function(for: .categoricalHinge))
        var options = FrameworkOptions()
        options.sampleWeight = FrameworkArray(vector: [1, 0])
        let inputs = FrameworkInputs(target: FrameworkArray(rows: [[0, 1], [0, 0]]), pred: FrameworkArray(rows: [[0.6, 0.4], [0.4, 0.6]]))
        #expect(abs(try keras.evaluate(inputs, options: options).values[0] - 0.6) < 1e-12)
    }

    @Test("It differs from optax's Crammer-Singer hinge when every other score is negative")
    func notCrammerSinger() throws {
        // Class 0 true, scores (0.5, -1, -3): Keras max(0, 1 + max(0, -1, -3) - 0.5) = 0.5 (the true class's 0
        // enters the max); Crammer-Singer max_j (s_j + [j != 0]) - s_0 = max(0.5, 0, -2) - 0.5 = 0.
        #expect(try Self.value([0.5, -1, -3], [1, 0, 0]) == 0.5)
        guard case .row(let crammerSinger) = LossDefinition.multiclassHinge.kernel else { return }
        #expect(crammerSinger.value([0.5, -1, -3], target: .classIndex(0), parameters: LossDefinition.multiclassHinge.standardValues) == 0)
    }
}
