import LossFunctions

/// Checks of `--target` and `--rest` against the losses asked for, with errors naming the flag.
enum TargetChecks {
    /// The row of a row loss must fit its target: as many classes as the target distribution,
    /// and a class index inside the row.
    static func checkRows(_ losses: [LossDefinition], grid: CurveGrid) throws {
        for loss in losses {
            guard let kernel = loss.rowKernel else { continue }
            if kernel.target == .distribution {
                let classes = (grid.distribution ?? LossDefaults.distribution(for: loss)).count
                if let rest = grid.rest, rest.count != classes - 1 {
                    throw InputError("--rest: '\(rest.map(ShortNumber.format).joined(separator: ","))' holds \(rest.count) numbers; \(loss.name)'s target has \(classes) classes, so the rest of the row takes \(classes - 1)")
                }
            } else {
                let count = (grid.rest?.count).map { $0 + 1 } ?? LossDefaults.classCount(for: loss)
                for k in grid.targets ?? loss.figure.targets {
                    try checkClass(k, classes: count, field: "--target: class", loss: loss)
                }
            }
        }
    }

    /// A class index must be a whole number inside the row.
    static func checkClass(_ k: Double, classes: Int, field: String, loss: LossDefinition) throws {
        guard k == k.rounded() else {
            throw InputError("\(field) \(ShortNumber.format(k)) is not a whole number; a class index of \(loss.name) is 0, 1, 2, ...")
        }
        guard k >= 0, k < Double(classes) else {
            throw InputError("\(field) \(ShortNumber.format(k)) is out of range for \(loss.name); the row has \(classes) classes, 0 to \(classes - 1)")
        }
    }

    /// A target outside a loss's domain is refused with the loss's rule.
    static func checkTarget(_ values: [Double], losses: [LossDefinition]) throws {
        let text = values.map(ShortNumber.format).joined(separator: ",")
        for loss in losses {
            let domain = loss.targetDomain
            if domain == .distribution {
                guard values.count >= 2, values.allSatisfy({ domain.contains($0) }) else {
                    throw InputError("--target: '\(text)' is not a distribution for \(loss.name); give two or more probabilities in [0, 1]")
                }
            } else if domain == .classIndex {
                continue
            } else if let bad = values.first(where: { !domain.contains($0) }) {
                throw InputError("--target: '\(ShortNumber.format(bad))' is outside the domain of \(loss.name); it must be \(domain.allowedValues)")
            }
        }
    }
}
