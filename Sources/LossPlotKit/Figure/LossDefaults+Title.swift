import LossFunctions

extension LossDefaults {
    /// The title of a figure of one loss when none is given: the loss, and what every curve shares
    /// (a parameter's value, the target, the rest of the row), which no legend entry then repeats.
    /// A figure of several losses names them (up to four) and what all its curves share.
    static func title(for curves: [CurveSpec]) -> String? {
        guard let loss = curves.first?.loss else { return nil }
        guard curves.allSatisfy({ $0.loss == loss }) else { return severalLossesTitle(for: curves) }
        var parts = [loss.name]
        for declared in loss.parameters {
            let values = Set(curves.map { $0.value(of: declared.parameter) })
            if values.count == 1, let value = values.first! {
                parts.append("\(declared.symbol) = \(ShortNumber.label(value))")
            }
        }
        let targets = Set(curves.map(\.target))
        if targets.count == 1, let target = targets.first! {
            switch loss.targetDomain {
            case .label: parts.append("label \(ShortNumber.label(target))")
            case .classIndex: parts.append("class \(ShortNumber.format(target))")
            default: parts.append("target \(ShortNumber.label(target))")
            }
        }
        let distributions = Set(curves.map(\.distribution))
        if distributions.count == 1, let q = distributions.first!, let kernel = loss.rowKernel, kernel.target == .distribution {
            parts.append("target \(row(q))")
        }
        let rests = Set(curves.map(\.rest))
        if rests.count == 1, let rest = rests.first!, let kernel = loss.rowKernel {
            parts.append("other \(kernel.input == .logits ? "logits" : "probabilities") \(row(rest))")
        }
        return parts.joined(separator: ", ")
    }

    /// "huber and tukey, target 0": the losses (up to four), then a parameter value or a scalar target every curve
    /// shares (a parameter only when every loss takes it under one symbol).
    static func severalLossesTitle(for curves: [CurveSpec]) -> String {
        var losses: [LossDefinition] = []
        for curve in curves where !losses.contains(curve.loss) { losses.append(curve.loss) }
        let names = losses.map(\.name)
        // Called for two losses or more.
        var parts = [names.count > 4 ? "\(names.count) losses" : names.dropLast().joined(separator: ", ") + " and " + names.last!]
        for declared in losses[0].parameters {
            guard let symbol = sharedSymbol(of: declared.parameter, in: losses) else { continue }
            let values = Set(curves.map { $0.value(of: declared.parameter) })
            if values.count == 1, let value = values.first! { parts.append("\(symbol) = \(ShortNumber.label(value))") }
        }
        let targets = Set(curves.map(\.target))
        let domains = Set(losses.map { $0.targetDomain == .label ? "label" : $0.targetDomain == .classIndex ? "class" : "target" })
        if targets.count == 1, let target = targets.first!, domains.count == 1, let word = domains.first {
            parts.append("\(word) \(word == "class" ? ShortNumber.format(target) : ShortNumber.label(target))")
        }
        return parts.joined(separator: ", ")
    }

    /// The symbol every one of `losses` takes `parameter` under, or nil when one lacks it or names
    /// it otherwise (Huber's δ, Tukey's c): a value of it is then said on each curve, not in the title.
    static func sharedSymbol(of parameter: LossParameter, in losses: [LossDefinition]) -> String? {
        let symbols = Set(losses.map { $0.spec(for: parameter)?.symbol })
        guard symbols.count == 1, let symbol = symbols.first! else { return nil }
        return symbol
    }

    /// A row of numbers as a label shows it: `(0.1, 0.02, 0.88)`.
    static func row(_ values: [Double]) -> String {
        "(" + values.map(ShortNumber.label).joined(separator: ", ") + ")"
    }

    /// The rest of the row a curve of `loss` draws when none is given: the loss's own, sized to
    /// its target distribution (`distribution`) or to its default number of classes.
    static func rest(for loss: LossDefinition, distribution: [Double]?) -> [Double] {
        rest(for: loss, count: distribution?.count ?? classCount(for: loss))
    }
}
