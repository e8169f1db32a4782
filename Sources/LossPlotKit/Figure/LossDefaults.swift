import LossFunctions

/// What `loss-plot LOSS` draws when an option is left out, read from the losses' definitions.
enum LossDefaults {
    /// The default target distribution of a row loss.
    static func distribution(for loss: LossDefinition) -> [Double] {
        loss.figure.distribution ?? [0.3, 0.7]
    }

    /// The default rest of the prediction row, for a row of `count` entries.
    static func rest(for loss: LossDefinition, count: Int) -> [Double] {
        if let rest = loss.figure.rest, rest.count == count - 1 { return rest }
        let logits = loss.rowKernel?.input == .logits
        return Array(repeating: logits ? 0 : 1, count: count - 1)
    }

    /// The row length a class-index loss draws by default.
    static func classCount(for loss: LossDefinition) -> Int {
        (loss.figure.rest?.count ?? 1) + 1
    }

    /// The sweep of a figure of these losses: the widest of their default ranges, sampled at the
    /// finest of their default steps, so that each loss's own samples (its kinks and steps) stay in it.
    static func sweep(for losses: [LossDefinition]) -> (range: [Double], samples: Int) {
        let sweeps = losses.map { (range: $0.figure.range ?? [-1, 1], samples: $0.figure.samples ?? 100) }
        let lower = sweeps.map(\.range[0]).min()!, upper = sweeps.map(\.range[1]).max()!
        if sweeps.allSatisfy({ $0.range == [lower, upper] }) { return ([lower, upper], sweeps.map(\.samples).max()!) }
        let step = sweeps.map { ($0.range[1] - $0.range[0]) / Double($0.samples - 1) }.min()!
        return ([lower, upper], min(Int(((upper - lower) / step).rounded()) + 1, maxSamples))
    }

    /// The most samples a default sweep takes when several losses share a figure.
    static let maxSamples = 100_001

    /// The x axis's default label: what the swept input is.
    static func inputName(_ losses: [LossDefinition]) -> String {
        let names = Set(losses.map(\.figure.xLabel))
        return names.count == 1 ? names.first! : "prediction"
    }
}

extension LossDefaults {
    /// The target a figure of the loss draws first: properties are declared at it.
    static func target(for loss: LossDefinition) -> CurveTarget {
        guard let kernel = loss.rowKernel else {
            let t = loss.figure.targets[0]
            return .scalar(loss.targetDomain == .label && t == 0 ? -1 : t)
        }
        return kernel.target == .classIndex ? .row(.classIndex(Int(loss.figure.targets[0]))) : .row(.distribution(distribution(for: loss)))
    }
}
