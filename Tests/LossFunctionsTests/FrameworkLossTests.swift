import Testing
import LossFunctions

@Suite("Framework tables keyed by loss")
struct FrameworkLossTests {
    @Test("every function is found by the name eval --framework reads, and a catalog loss's key is its definition")
    func keysByName() {
        for framework in Framework.allCases {
            for (loss, function) in framework.functions {
                #expect(FrameworkLoss.named(loss.name) == loss, "\(framework.rawValue): \(loss)")
                #expect(function.loss == loss && function.framework == framework)
                if let definition = loss.definition { #expect(framework.function(for: definition) != nil) }
            }
        }
    }

    @Test("a typed alias reaches the catalog's loss, a framework's own name its own function")
    func typedNames() {
        #expect(FrameworkLoss.named("MSE") == FrameworkLoss(.l2))
        #expect(FrameworkLoss.named("squared_error") == .squaredError)
        #expect(Framework.optax.function(for: .squaredError)?.name == "optax.losses.squared_error")
        #expect(Framework.keras.function(for: .huber)?.name == "keras.losses.Huber")
        #expect(Framework.keras.nearest(to: .smoothL1)?.loss == FrameworkLoss(.huber))
    }
}
