import LossFunctions
import Plotting
import TestUtilities
import Testing
@testable import LossPlotKit

@Suite("Default figures: what `loss-plot LOSS` draws with no options shows the loss")
struct DefaultFigureTests {
    /// The spec of `loss-plot NAME...` with no options.
    static func defaultSpec(_ losses: [LossDefinition]) throws -> FigureSpec {
        let destination = try OutputDestination(out: nil, format: nil, defaultStem: losses[0].name)
        return try PlotRequest(losses: losses, destination: destination).figureSpec()
    }

    /// The loss panel's curves, every sample kept.
    static func series(_ spec: FigureSpec) throws -> [Series] {
        try FigureBuilder(spec).figure(RenderOptions(decimation: false)).panels[0].series
    }

    @Test("each loss's default curves differ pairwise by at least 2% of the y span", arguments: Catalog.all.map(\.name))
    func distinctCurves(name: String) throws {
        let loss = try #require(Catalog.named(name))
        let curves = try Self.series(Self.defaultSpec([loss]))
        let finite = curves.flatMap(\.ys).filter(\.isFinite)
        let span = try #require(finite.max()) - finite.min()!
        for i in curves.indices {
            for j in curves.indices where j > i {
                let gap = zip(curves[i].ys, curves[j].ys).filter { $0.isFinite && $1.isFinite }.map { abs($0 - $1) }.max() ?? 0
                #expect(gap > 0.02 * span, "\(name): '\(curves[i].label)' and '\(curves[j].label)' differ by \(gap) of a span \(span)")
            }
        }
    }

    /// Where the losses bend or jump, from their closed forms at the default parameters and target:
    /// hinge max(0, 1 - m), zero-one 1[m <= 0], Huber at |r| = δ, the pinball at r = 0, ...
    static let kinks: [(loss: LossDefinition, at: [Double])] = [
        (.hinge, [1]),
        (.squaredHinge, [1]),
        (.zeroOne, [0]),
        (.perceptron, [0]),
        (.modifiedHuber, [-1, 1]),
        (.smoothedHinge, [1, 0.5, 0, -1]),
        (.huber, [-2, -1, -0.5, 0.5, 1, 2]),
        (.quantile, [0]),
        (.epsilonInsensitive, [-1, -0.5, -0.1, 0.1, 0.5, 1]),
        (.mape, [1]),
    ]

    @Test("the default sweep takes the kinks and steps as samples", arguments: kinks.indices)
    func kinksAreSamples(index: Int) throws {
        let (loss, abscissae) = Self.kinks[index]
        let spec = try Self.defaultSpec([loss])
        let xs = linspace(spec.range[0], spec.range[1], spec.samples)
        for x in abscissae {
            #expect(xs.contains { abs($0 - x) <= 1e-9 }, "\(loss.name): no sample at \(x)")
        }
    }

    @Test("the zero-one loss steps from 1 to 0 within a pixel of a 640-pixel figure")
    func zeroOneStep() throws {
        let spec = try Self.defaultSpec([.zeroOne])
        let curve = try #require(Self.series(spec).first)
        let drop = try #require(curve.ys.firstIndex(of: 0))
        #expect(curve.ys[drop - 1] == 1)
        #expect(curve.xs[drop] - curve.xs[drop - 1] < (spec.range[1] - spec.range[0]) / 640)
    }

    @Test("losses sharing a figure take the widest default range, at the finest default step")
    func sharedRange() throws {
        // Huber's -3:3 in steps of 0.01 and Tukey's -8:8 in steps of 0.01.
        let spec = try Self.defaultSpec([.huber, .tukey])
        #expect(spec.range == [-8, 8])
        #expect(spec.samples == 1601)
        // The article's first figure: linspace(-1, 1, 100).
        let article = try Self.defaultSpec([.l1, .l2])
        #expect(article.range == [-1, 1])
        #expect(article.samples == 100)
    }

    @Test("the title names the loss, its target and the rest of its row; the legend what varies")
    func titles() throws {
        let huber = try Self.defaultSpec([.huber])
        #expect(huber.title == "huber, target 0")
        #expect(huber.curves.map(\.label) == ["δ = 0.5", "δ = 1", "δ = 2"])
        let softmax = try Self.defaultSpec([.softmaxCrossEntropy])
        #expect(softmax.title == "softmax-cross-entropy, ε = 0, target (0.1, 0.02, 0.88), other logits (\u{2212}3, 10)")
        #expect(try Self.defaultSpec([.hinge]).title == "hinge, label 1")
        // Several losses: named in the title with what every curve shares (a target, a parameter under one symbol).
        #expect(try Self.defaultSpec([.l1, .l2]).title == "l1 and l2, target 0")
        let huberTukey = try Self.defaultSpec([.huber, .tukey])
        #expect(huberTukey.title == "huber and tukey, target 0")
        #expect(huberTukey.curves.map(\.label) == ["huber, δ = 0.5", "huber, δ = 1", "huber, δ = 2", "tukey, c = 1", "tukey, c = 2", "tukey, c = 4.685"])
        // Labels and a real-valued target are different things: no shared target is claimed.
        #expect(try Self.defaultSpec([.hinge, .logistic, .l2]).title == "hinge, logistic and l2")
        #expect(try Self.defaultSpec([.hinge, .logistic, .l2, .zeroOne, .l1]).title == "5 losses")
    }

    @Test("a parameter is named with the letter of the loss's own formula: Tukey's and Barron's scale is c, not δ")
    func ownSymbols() throws {
        // Tukey's biweight and Barron's family write their scale as c (Beaton and Tukey 1974; Barron 2019).
        #expect(try Self.defaultSpec([.tukey]).curves.map(\.label) == ["c = 1", "c = 2", "c = 4.685"])
        #expect(try Self.defaultSpec([.cauchy]).curves.map(\.label) == ["c = 0.5", "c = 1", "c = 2"])
        #expect(try Self.defaultSpec([.huber]).curves.first?.label == "δ = 0.5")
    }
}
