import LossFunctions

/// Test helpers that name a loss's parameters (delta, tau, ...) instead of giving them in the
/// definition's declared order; unnamed ones take the values 1 (scales, weights, alpha) and 0.5 (tau).
struct LossParameters {
    var values: [LossParameter: Double]
    var epsilon: Double?

    init(delta: Double = 1, posWeight: Double = 1, tau: Double = 0.5, beta: Double = 1, alpha: Double = 1,
         epsilon: Double? = nil, _ more: [LossParameter: Double] = [:]) {
        values = [.delta: delta, .posWeight: posWeight, .tau: tau, .beta: beta, .alpha: alpha].merging(more) { $1 }
        self.epsilon = epsilon
    }

    /// The values in `loss`'s declared order; a parameter not named here takes its standard value.
    func values(for loss: LossDefinition) -> ParameterValues {
        var named = loss.standardValues
        for spec in loss.parameters { named[spec.parameter] = values[spec.parameter] ?? spec.standard }
        named.epsilon = epsilon
        return named
    }
}

extension LossDefinition {
    /// Values given in the definition's declared order, the shorthand of the test tables, keyed by name.
    func values(_ declared: [Double], epsilon: Double? = nil) -> ParameterValues {
        var values = ParameterValues(epsilon: epsilon)
        for (spec, value) in zip(parameters, declared) { values[spec.parameter] = value }
        return values
    }
}

typealias LossKind = LossDefinition
typealias DistributionTargetValue = RowTarget

extension LossDefinition {
    static var allCases: [LossDefinition] { Catalog.all }
    var rawValue: String { name }
}

extension LossCurve {
    init(_ loss: LossDefinition, parameters: LossParameters = LossParameters(), target: CurveTarget, rest: [Double] = [1]) {
        self.init(loss, parameters: parameters.values(for: loss), target: target, rest: rest)
    }

    var kind: LossDefinition { definition }
}

extension BatchLoss {
    init(_ loss: LossDefinition, parameters: LossParameters = LossParameters(epsilon: 1e-7)) {
        self.init(loss, parameters: parameters.values(for: loss))
    }
}

/// One pointwise loss at its parameters, called on (prediction, target); a label 0 of a margin
/// loss is read as -1, as in figures.
struct ElementwiseLoss {
    let kernel: PointwiseKernel
    let parameters: ParameterValues
    let labels: Bool

    init(_ loss: LossDefinition, parameters: LossParameters = LossParameters()) {
        guard case .pointwise(let k) = loss.kernel else { preconditionFailure("\(loss.name) is a row loss") }
        kernel = k
        self.parameters = parameters.values(for: loss)
        labels = loss.targetDomain == .label
    }

    private func label(_ t: Double) -> Double { labels && t == 0 ? -1 : t }

    func value(prediction p: Double, target t: Double) -> Double { kernel.value(p, label(t), parameters) }
    func derivative(prediction p: Double, target t: Double) -> Double { kernel.first(p, label(t), parameters) }
    func secondDerivative(prediction p: Double, target t: Double) -> Double { kernel.second(p, label(t), parameters) }
}

/// One row loss at its parameters.
struct DistributionLoss {
    let kernel: RowKernel
    let parameters: ParameterValues

    init(_ loss: LossDefinition, parameters: LossParameters = LossParameters()) {
        kernel = loss.rowKernel!
        self.parameters = parameters.values(for: loss)
    }

    func value(_ row: [Double], target: RowTarget) -> Double { kernel.value(row, target: target, parameters: parameters) }

    func value(_ row: UnsafeBufferPointer<Double>, target: RowTarget) -> Double { kernel.value(row, target, parameters) }

    func gradient(_ row: UnsafeBufferPointer<Double>, target: RowTarget, into g: UnsafeMutableBufferPointer<Double>) {
        kernel.gradient(row, target, parameters, g)
    }
}
