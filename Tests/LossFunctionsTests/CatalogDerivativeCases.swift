import Testing
import LossFunctions

/// One swept loss of the probabilistic, distribution and ranking additions, at given parameter
/// values (in declared order), whose derivatives are checked by finite differences.
struct SweptLossCase: Sendable, CustomTestStringConvertible {
    let name: String
    let curve: LossCurve
    let xs: [Double]
    /// Where the slope or the curvature jumps: samples within a few steps are skipped.
    let kinks: [Double]

    var testDescription: String { name }

    init(_ name: String, _ loss: LossDefinition, _ values: [Double], epsilon: Double? = nil, target: CurveTarget,
         rest: [Double] = [1], sweep: Sweep, kinks: [Double] = []) {
        self.name = name
        curve = LossCurve(loss, parameters: loss.values(values, epsilon: epsilon), target: target, rest: rest)
        xs = (0..<sweep.count).map(sweep.x)
        self.kinks = kinks
    }

    static let probability = Sweep(0.01, 0.99, count: 99)
    static let logits = Sweep(-8, 8, count: 161)

    static let focal: [SweptLossCase] = [0, 0.5, 1, 2, 5].flatMap { g in
        [1.0, 0, 0.3].flatMap { t in
            [-1.0, 0.25].flatMap { a in
                [SweptLossCase("focal γ \(g) t \(t) α \(a)", .focal, [g, a, 0], target: .scalar(t), sweep: probability),
                 SweptLossCase("sigmoid-focal γ \(g) t \(t) α \(a)", .sigmoidFocal, [g, a, 0], target: .scalar(t), sweep: logits)]
            }
        }
    } + [
        .init("focal γ 2 t 1, smoothing 0.2", .focal, [2, -1, 0.2], target: .scalar(1), sweep: probability),
        .init("focal γ 0.5 t 0.3, Keras epsilon", .focal, [0.5, 0.25, 0], epsilon: 1e-7, target: .scalar(0.3), sweep: probability),
        .init("sigmoid-focal γ 2 t 1, smoothing 0.2", .sigmoidFocal, [2, -1, 0.2], target: .scalar(1), sweep: logits),
        .init("sigmoid-focal γ 3 t 0, Keras epsilon", .sigmoidFocal, [3, -1, 0], epsilon: 1e-7, target: .scalar(0), sweep: logits),
    ]

    static let crossEntropies: [SweptLossCase] = [-1.0, 0, 2, 5.45].flatMap { e in
        [1.0, 0.3].map { t in SweptLossCase("poly1 ε \(e) t \(t)", .poly1CrossEntropy, [e], target: .scalar(t), sweep: probability) }
    } + [0.1, 0.5, 1].flatMap { q in
        [0, 1].map { k in
            SweptLossCase("gce q \(q) class \(k)", .generalizedCrossEntropy, [q], target: .row(.classIndex(k)), rest: [1, 3],
                          sweep: probability)
        }
    } + [
        .init("poly1 ε 2 t 0.3, Keras epsilon", .poly1CrossEntropy, [2], epsilon: 1e-7, target: .scalar(0.3), sweep: probability),
        .init("nll class 0", .nll, [], target: .row(.classIndex(0)), rest: [-1.2, -1.6], sweep: Sweep(-5, 0, count: 51)),
        .init("nll class 2", .nll, [], target: .row(.classIndex(2)), rest: [-1.2, -1.6], sweep: Sweep(-5, 0, count: 51)),
        .init("bce smoothing 0.3 t 1", .binaryCrossEntropy, [0.3], target: .scalar(1), sweep: probability),
        .init("bce smoothing 0.3 t 0, Keras epsilon", .binaryCrossEntropy, [0.3], epsilon: 1e-7, target: .scalar(0), sweep: probability),
        .init("sigmoid ce smoothing 0.3 t 1", .sigmoidCrossEntropy, [0.3], target: .scalar(1), sweep: logits),
        .init("softmax ce smoothing 0.3", .softmaxCrossEntropy, [0.3], target: .row(.distribution([0.1, 0.02, 0.88])),
              rest: [-3, 10], sweep: Sweep(-5, 15, count: 201)),
        .init("categorical ce smoothing 0.2", .categoricalCrossEntropy, [0.2], target: .row(.distribution([0.2, 0.5, 0.3])),
              rest: [1, 3], sweep: probability),
        .init("categorical ce smoothing 0.2, Keras epsilon", .categoricalCrossEntropy, [0.2], epsilon: 1e-7,
              target: .row(.distribution([0.2, 0.5, 0.3])), rest: [1, 3], sweep: probability),
        .init("poisson-nll t 0", .poissonNLL, [], target: .scalar(0), sweep: Sweep(-3, 3, count: 61)),
        .init("poisson-nll t 2.5", .poissonNLL, [], target: .scalar(2.5), sweep: Sweep(-3, 3, count: 61)),
        .init("gaussian-nll var 0.25", .gaussianNLL, [0.25], target: .scalar(0.3), sweep: Sweep(-3, 3, count: 61)),
        .init("gaussian-nll var 4", .gaussianNLL, [4], target: .scalar(0), sweep: Sweep(-3, 3, count: 61)),
    ]

    static let ranking: [SweptLossCase] = [0.0, 0.5].flatMap { m in
        [1.0, -1].map { y in
            SweptLossCase("margin-ranking margin \(m) y \(y)", .marginRanking, [m], target: .scalar(y),
                          sweep: Sweep(-2, 2, count: 81), kinks: [m * y])
        }
    } + [
        .init("hinge-embedding y 1", .hingeEmbedding, [1], target: .scalar(1), sweep: Sweep(0, 3, count: 61)),
        .init("hinge-embedding y -1 margin 1.5", .hingeEmbedding, [1.5], target: .scalar(-1), sweep: Sweep(0, 3, count: 61),
              kinks: [1.5]),
        .init("triplet margin 1", .tripletMargin, [1], target: .scalar(0), sweep: Sweep(-3, 2, count: 101), kinks: [-1]),
        .init("triplet margin 0.3", .tripletMargin, [0.3], target: .scalar(0), sweep: Sweep(-3, 2, count: 101), kinks: [-0.3]),
        .init("contrastive y 1", .contrastive, [1], target: .scalar(1), sweep: Sweep(0, 2, count: 81)),
        .init("contrastive y 0", .contrastive, [1], target: .scalar(0), sweep: Sweep(0, 2, count: 81), kinks: [1]),
        .init("contrastive y 0.4 margin 0.7", .contrastive, [0.7], target: .scalar(0.4), sweep: Sweep(0, 2, count: 81), kinks: [0.7]),
        .init("cosine-similarity", .cosineSimilarity, [], target: .scalar(0), sweep: Sweep(-180, 360, count: 109)),
        .init("cosine-distance", .cosineDistance, [], target: .scalar(0), sweep: Sweep(-180, 360, count: 109)),
    ]
}

/// First derivatives against central differences of the value, second derivatives against
/// central differences of the first, for every added loss and option.
@Suite("Derivatives of the probabilistic, distribution and ranking losses")
struct CatalogDerivativeTests {
    static func check(_ c: SweptLossCase) -> Int {
        var checked = 0
        for x in c.xs {
            let h = finiteDifferenceStep(at: x)
            if c.kinks.contains(where: { abs(x - $0) <= 4 * h }) { continue }
            let first = centralDifference({ c.curve.value(at: $0) }, at: x, step: h)
            let second = centralDifference({ c.curve.derivative(at: $0) }, at: x, step: h)
            let d1 = c.curve.derivative(at: x), d2 = c.curve.secondDerivative(at: x)
            #expect(isClose(d1, first, rel: 1e-6, abs: 1e-7), "\(c.name) at \(x): f' \(d1), difference \(first)")
            #expect(isClose(d2, second, rel: 1e-5, abs: 1e-6), "\(c.name) at \(x): f'' \(d2), difference \(second)")
            checked += 1
        }
        return checked
    }

    @Test("focal and sigmoid-focal", arguments: SweptLossCase.focal)
    func focal(_ c: SweptLossCase) { #expect(Self.check(c) == c.xs.count) }

    @Test("poly-1, nll, generalized cross-entropy, label smoothing, Poisson and Gaussian NLL", arguments: SweptLossCase.crossEntropies)
    func crossEntropies(_ c: SweptLossCase) { #expect(Self.check(c) == c.xs.count) }

    @Test("ranking and embedding losses, away from their kinks", arguments: SweptLossCase.ranking)
    func ranking(_ c: SweptLossCase) { #expect(Self.check(c) >= c.xs.count - 1) }
}
