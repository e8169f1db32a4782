import Foundation
import LossFunctions
import Testing

/// The margin losses against their closed forms, written out here independently of the definitions,
/// and against the values CATALOG.md B.15 and B.16 give for the peer libraries.
@Suite("Margin losses: closed forms and the catalog's peer values")
struct MarginClosedFormTests {
    /// The loss at margin m: score m for the label 1.
    static func psi(_ loss: LossDefinition, _ m: Double, _ parameters: [LossParameter: Double] = [:]) -> Double {
        ElementwiseLoss(loss, parameters: LossParameters(parameters)).value(prediction: m, target: 1)
    }

    static let margins: [Double] = [-3, -2, -1.5, -1, -0.5, -0.1, 0, 0.1, 0.5, 1, 1.5, 2, 3]

    @Test("zero-one is 1[m <= 0]: the score 0 counts as an error (ESL's misclassification loss)")
    func zeroOne() {
        for m in Self.margins { #expect(Self.psi(.zeroOne, m) == (m <= 0 ? 1 : 0), "m \(m)") }
        #expect(Self.psi(.zeroOne, -0.0) == 1)
        #expect(Self.psi(.zeroOne, 5e-324) == 0)
    }

    @Test("exponential e^-m, l2-margin (1 - m)^2, sigmoid-margin 1 - tanh m")
    func smoothOnes() {
        for m in Self.margins {
            #expect(isClose(Self.psi(.exponential, m), exp(-m), rel: fewUlps), "m \(m)")
            #expect(isClose(Self.psi(.l2Margin, m), pow(1 - m, 2), rel: fewUlps), "m \(m)")
            #expect(isClose(Self.psi(.sigmoidMargin, m), 1 - tanh(m), rel: 1e-15, abs: 1e-15), "m \(m)")
        }
        // 1 - tanh m loses its digits for large m; 2/(1 + e^(2m)) keeps them.
        #expect(isClose(Self.psi(.sigmoidMargin, 20), 2 * exp(-40) / (1 + exp(-40)), rel: 1e-14))
    }

    @Test("B.15: modified-huber 8, 1, 0.25 at m = -2, 0, 0.5 (scikit-learn and LossFunctions.jl)")
    func modifiedHuberCatalog() {
        #expect(Self.psi(.modifiedHuber, -2) == 8)
        #expect(Self.psi(.modifiedHuber, 0) == 1)
        #expect(Self.psi(.modifiedHuber, 0.5) == 0.25)
    }

    @Test("B.16: logistic ln(1 + e^-1) = 0.31326168751822286 at m = 1 (LossFunctions.jl LogitMarginLoss)")
    func logisticCatalog() {
        #expect(isClose(Self.psi(.logistic, 1), 0.31326168751822286, rel: fewUlps))
        // The tails, where ln(1 + e^-m) computed naively underflows or overflows.
        #expect(Self.psi(.logistic, -800) == 800)
        #expect(isClose(Self.psi(.logistic, 40), exp(-40), rel: 1e-15))
    }

    @Test("smoothed-hinge: the three pieces at gamma 1, and a quarter of modified-huber at gamma 2 (LossFunctions.jl)")
    func smoothedHinge() {
        // gamma 1: 1/2 - m below 0, (1 - m)^2/2 on [0, 1), 0 from 1 on.
        #expect(Self.psi(.smoothedHinge, -1) == 1.5)
        #expect(Self.psi(.smoothedHinge, 0.5) == 0.125)
        #expect(Self.psi(.smoothedHinge, 2) == 0)
        // gamma 0.5: 0.75 - m below 0.5, (1 - m)^2 on [0.5, 1).
        #expect(Self.psi(.smoothedHinge, 0, [.gamma: 0.5]) == 0.75)
        #expect(Self.psi(.smoothedHinge, 0.75, [.gamma: 0.5]) == 0.0625)
        // "ModifiedHuberLoss = 4 × SmoothedL1HingeLoss(γ = 2)" (CATALOG.md A.6).
        for m in Self.margins {
            #expect(isClose(4 * Self.psi(.smoothedHinge, m, [.gamma: 2]), Self.psi(.modifiedHuber, m), rel: fewUlps), "m \(m)")
        }
    }

    @Test("dwd: 1 - m up to q/(q + 1), then q^q / ((q + 1)^(q + 1) m^q)")
    func dwd() {
        // q = 1: knee 1/2, then 1/(4m).
        #expect(Self.psi(.dwd, 0) == 1)
        #expect(Self.psi(.dwd, 0.5) == 0.5)
        #expect(isClose(Self.psi(.dwd, 2), 0.125, rel: fewUlps))
        // q = 2: knee 2/3, then 4/(27 m^2).
        #expect(isClose(Self.psi(.dwd, 1, [.q: 2]), 4.0 / 27, rel: fewUlps))
        #expect(isClose(Self.psi(.dwd, 3, [.q: 2]), 4.0 / 243, rel: fewUlps))
        #expect(Self.psi(.dwd, -1, [.q: 2]) == 2)
        // Continuous at the knee for any q.
        for q in [0.3, 1, 2.5, 7] {
            let knee = q / (q + 1)
            #expect(isClose(Self.psi(.dwd, knee.nextUp, [.q: q]), 1 - knee, rel: 1e-14), "q \(q)")
        }
    }

    @Test("perceptron max(0, -m), and the label's sign: the loss of score f for y = -1 is psi(-f)")
    func perceptronAndLabels() {
        for m in Self.margins { #expect(Self.psi(.perceptron, m) == max(0, -m), "m \(m)") }
        for loss in [LossDefinition.zeroOne, .perceptron, .logistic, .exponential, .modifiedHuber, .smoothedHinge, .l2Margin,
                     .sigmoidMargin, .dwd] {
            let k = ElementwiseLoss(loss)
            for f in Self.margins {
                #expect(k.value(prediction: f, target: -1) == k.value(prediction: -f, target: 1), "\(loss.name) f \(f)")
            }
        }
    }
}
