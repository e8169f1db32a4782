import LossFunctions

/// Checks of `--target` and `--rest` against the losses asked for, with errors naming the flag.
enum TargetChecks {
    /// The row of a distribution loss must fit its target: as many classes as the target
    /// distribution, and a class index inside the row.
    static func checkRows(_ kinds: [LossKind], grid: CurveGrid, restText: String?) throws {
        for kind in kinds {
            switch kind.family {
            case .elementwise:
                continue
            case .distribution(_, .distribution):
                let classes = (grid.distribution ?? LossDefaults.distribution(for: kind)).count
                if let rest = grid.rest, rest.count != classes - 1 {
                    throw CommandError("--rest: '\(restText ?? "")' holds \(rest.count) numbers; \(kind.rawValue)'s target has \(classes) classes, so the rest of the row takes \(classes - 1)")
                }
            case .distribution(_, .classIndex):
                let count = (grid.rest ?? LossDefaults.rest(for: kind, count: kind.family == .distribution(input: .logits, target: .classIndex) ? 3 : 2)).count + 1
                for k in grid.targets ?? LossDefaults.targets(for: kind) where k >= Double(count) {
                    throw CommandError("--target: class \(ShortNumber.format(k)) is out of range for \(kind.rawValue); the row has \(count) classes, 0 to \(count - 1)")
                }
            }
        }
    }

    /// A target outside a loss's domain is refused with the loss's rule.
    static func checkTarget(_ values: [Double], text: String, kinds: [LossKind]) throws {
        for kind in kinds {
            let domain = kind.targetDomain
            if domain == .distribution {
                guard values.count >= 2, values.allSatisfy({ domain.contains($0) }) else {
                    throw CommandError("--target: '\(text)' is not a distribution for \(kind.rawValue); give two or more probabilities in [0, 1]")
                }
            } else if let bad = values.first(where: { !domain.contains($0) }) {
                throw CommandError("--target: '\(ShortNumber.format(bad))' is outside the domain of \(kind.rawValue); it must be \(domain.allowedValues)")
            }
        }
    }
}
