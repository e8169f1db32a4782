import LossFunctions

/// The curves `loss-plot LOSS...` asks for: every loss, times every value of each parameter it
/// takes, times every target; labelled by what varies between them.
struct CurveGrid {
    /// A value the user gave for each parameter, or nil for the loss's defaults.
    var parameterValues: [LossParameter: [Double]] = [:]
    /// Values bound to one loss, one dictionary per loss in order; they replace `parameterValues` for it.
    var lossParameters: [[LossParameter: [Double]]] = []
    /// Scalar targets or class indices, or nil for the loss's defaults.
    var targets: [Double]?
    /// A target distribution for the distribution losses.
    var distribution: [Double]?
    var rest: [Double]?

    /// One panel per loss or per parameter value, when set.
    var facet: Facet?

    /// Frameworks whose functions are drawn, one curve each (nil: the exact loss); empty draws the exact loss only.
    var frameworks: [Framework?] = []

    func curves(for kinds: [LossDefinition]) -> [CurveSpec] {
        // The values a parameter takes for loss k: its own, the flag's, or its figure's.
        func valuesOf(_ parameter: LossParameter, loss k: Int) -> [Double] {
            (k < lossParameters.count ? lossParameters[k][parameter] : nil) ?? parameterValues[parameter]
                ?? kinds[k].spec(for: parameter)!.figureValues
        }
        // A value every curve shares under one symbol is named in the title of a figure of several
        // losses (LossDefaults.severalLossesTitle); any other value there is named on its curve.
        func inTitle(_ parameter: LossParameter) -> Bool {
            guard LossDefaults.sharedSymbol(of: parameter, in: kinds) != nil else { return false }
            return Set(kinds.indices.flatMap { valuesOf(parameter, loss: $0) }).count == 1
        }
        var result: [CurveSpec] = []
        for (k, kind) in kinds.enumerated() {
            let bound = k < lossParameters.count ? lossParameters[k] : [:]
            func values(of parameter: LossParameter) -> [Double] { valuesOf(parameter, loss: k) }
            // Each parameter's legend numbers, told apart from its other values, once per loss.
            var legendText: [LossParameter: [Double: String]] = [:]
            for declared in kind.parameters {
                let values = values(of: declared.parameter)
                legendText[declared.parameter] = Dictionary(zip(values, ShortNumber.labels(values)), uniquingKeysWith: { a, _ in a })
            }
            var combinations: [[(LossParameter, Double)]] = [[]]
            for declared in kind.parameters {
                let values = values(of: declared.parameter)
                combinations = combinations.flatMap { c in values.map { c + [(declared.parameter, $0)] } }
            }
            let takesDistribution = kind.rowKernel?.target == .distribution
            let targetList: [Double?] = takesDistribution ? [nil] : (targets ?? kind.figure.targets).map { $0 }
            for combination in combinations {
                for target in targetList {
                    let q = takesDistribution ? (distribution ?? LossDefaults.distribution(for: kind)) : nil
                    var spec = CurveSpec(loss: kind, target: target, distribution: q,
                                         rest: kind.rowKernel == nil ? nil : (rest ?? LossDefaults.rest(for: kind, distribution: q)))
                    for (parameter, value) in combination { spec.set(parameter, value) }
                    var parts: [String] = []
                    // Beside other losses, a value bound to this one is named, even when it is its only one;
                    // a loss drawn twice (`huber:delta=1 huber --delta 3`) names its values on each.
                    let repeated = kinds.filter { $0 == kind }.count > 1
                    let varying = combination.filter { parameter, _ in
                        values(of: parameter).count > 1 || (bound[parameter] != nil && kinds.count > 1) || repeated
                            || (kinds.count > 1 && parameterValues[parameter] != nil && !inTitle(parameter))
                    }
                    switch facet {
                    case .loss:
                        spec.panel = kind.name
                    case .parameter(let faceted):
                        if let value = combination.first(where: { $0.0 == faceted })?.1 {
                            spec.panel = "\(kind.symbol(of: faceted)) = \(legendText[faceted]?[value] ?? ShortNumber.label(value))"
                        } else {
                            spec.panel = kind.name
                        }
                    case nil:
                        break
                    }
                    let shown = varying.filter { facet != .parameter($0.0) }
                    let lossVaries = kinds.count > 1 && facet != .loss
                    if lossVaries || (shown.isEmpty && targetList.count < 2) { parts.append(kind.name) }
                    parts += shown.map { "\(kind.symbol(of: $0.0)) = \(legendText[$0.0]![$0.1]!)" }
                    if targetList.count > 1, let target {
                        let isClass = kind.targetDomain == .classIndex
                        parts.append(isClass ? "class \(ShortNumber.format(target))" : "t = \(ShortNumber.format(target))")
                    }
                    guard !frameworks.isEmpty else {
                        spec.label = parts.joined(separator: ", ")
                        result.append(spec)
                        continue
                    }
                    // One curve per framework, labelled by it ("Keras", "exact").
                    if kinds.count == 1 { parts.removeAll { $0 == kind.name } }
                    for framework in frameworks {
                        var copy = spec
                        copy.framework = framework
                        copy.label = ([framework?.displayName ?? "exact"] + parts).joined(separator: ", ")
                        result.append(copy)
                    }
                }
            }
        }
        return result
    }
}
