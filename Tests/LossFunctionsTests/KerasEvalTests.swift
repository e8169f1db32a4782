import Testing
import LossFunctions

/// `eval`'s computation, BatchLoss.keras, against Keras's own losses_test.py values (DiceTest,
/// TverskyTest.test_binary_segmentation, keras-team/keras) and closed forms: Dice and Tversky pool
/// the whole batch, as Keras's default axis=None does.
@Suite("eval computes as Keras does")
struct KerasEvalTests {
    /// Keras's binary segmentation case, its 16 elements given as four samples of four.
    static let target: [[Double]] = [[1, 0, 1, 0], [0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 1]]
    static let pred: [[Double]] = [[0, 1, 0, 1], [1, 0, 1, 1], [0, 1, 0, 1], [1, 0, 1, 1]]

    static func eval(_ loss: LossDefinition, _ parameters: [LossParameter: Double] = [:], epsilon: Double? = 1e-7,
                     reduction: Reduction = .mean) throws -> [Double] {
        var values = loss.standardValues
        for (parameter, value) in parameters { values[parameter] = value }
        values.epsilon = epsilon
        return try BatchLoss(loss, parameters: values).keras(predictions: pred, targets: target, reduction: reduction)
    }

    @Test("Dice over four samples is Keras's pooled 0.77777773, with any reduction")
    func dicePools() throws {
        for reduction in Reduction.allCases {
            let values = try Self.eval(.dice, reduction: reduction)
            #expect(values.count == 1)
            #expect(isClose(values[0], 0.77777773, abs: 1e-6))
        }
    }

    @Test("Tversky with alpha 0.2, beta 0.8 over four samples is Keras 3.15's pooled 0.7916667")
    func tverskyPools() throws {
        // keras 3.15.1 losses_test.py test_binary_segmentation_custom_coefficients: 0.7916667, its alpha
        // weighing Σ(1 - ŷ)·y: 1 - 2 / (2 + 0.2·6 + 0.8·8). (Keras 3.0's test had 0.76190472, alpha on Σŷ·(1 - y).)
        #expect(isClose(try Self.eval(.tversky, [.alpha: 0.2, .beta: 0.8])[0], 0.7916667, abs: 1e-6))
        #expect(isClose(try Self.eval(.tversky)[0], 0.77777773, abs: 1e-6))
    }

    @Test("eval's own clipping (the catalog's loss) pools too: Dice without epsilon is 1 - 2·2 / (8 + 10) = 7/9")
    func catalogPools() throws {
        #expect(isClose(try Self.eval(.dice, epsilon: 0)[0], 7.0 / 9))
    }
}
