import LossFunctions
import Testing

/// Keras's hinge (keras/src/losses/losses.py, `hinge`): labels that are all 0 or 1 become -1 and
/// 1; any other labels are used as they are, so a 0 among -1 and 1 stays 0.
@Suite("eval reads hinge labels as Keras does")
struct HingeLabelTests {
    @Test("labels all 0 or 1 are read as -1 and 1")
    func binaryLabels() {
        // mean(max(0, 1 - (-1)(0.5)), max(0, 1 - (1)(0.5))) = mean(1.5, 0.5) = 1
        let loss = BatchLoss(.hinge).perSample(predictions: [[0.5, 0.5]], targets: [[0, 1]])
        #expect(loss == [1.0])
    }

    @Test("a 0 among -1 and 1 stays 0, as Keras leaves it")
    func mixedLabels() {
        // mean(max(0, 1 + 0.3), max(0, 1 - 0), max(0, 1 - 0.3)) = mean(1.3, 1, 0.7) = 1
        let loss = BatchLoss(.hinge).perSample(predictions: [[0.3, 0.3, 0.3]], targets: [[-1, 0, 1]])
        #expect(abs(loss[0] - 1.0) < 1e-15)
        // squared: mean(1.69, 1, 0.49) = 3.18 / 3
        let squared = BatchLoss(.squaredHinge).perSample(predictions: [[0.3, 0.3, 0.3]], targets: [[-1, 0, 1]])
        #expect(abs(squared[0] - 3.18 / 3) < 1e-15)
    }
}
