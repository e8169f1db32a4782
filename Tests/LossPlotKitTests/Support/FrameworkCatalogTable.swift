import TestUtilities
import LossFunctions

/// The README's "same name, different loss" section, generated from the framework tables so that it
/// cannot drift from what `eval --framework` computes.
enum FrameworkCatalogTable {
    /// The losses that two or more frameworks have, in the order of their first framework's table.
    static var sharedLosses: [FrameworkLoss] {
        let all = Framework.allCases.flatMap { $0.functions.keys.sorted() }
        var seen = Set<FrameworkLoss>()
        return all.filter { seen.insert($0).inserted && Framework.having($0).count >= 2 }.sorted()
    }

    /// A function's call without its module and array arguments: `BinaryCrossentropy(from_logits=True)`.
    static func shortName(_ function: FrameworkFunction) -> String {
        let call = function.call
        let module = call.prefix { $0 != "(" }.split(separator: ".").dropLast().joined(separator: ".")
        var name = String(call.dropFirst(module.count + 1))
        if let sgd = name.range(of: ".py_loss") { return String(name[..<sgd.lowerBound]) }
        name = name.replacingOccurrences(of: "(y_true, y_pred)", with: "")
        if let open = name.firstIndex(of: "(") {
            let arguments = name[name.index(after: open)...].dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let options = arguments.filter { $0.contains("=") && !$0.hasPrefix("labels=") }
            name = String(name[..<open]) + (options.isEmpty ? "" : "(" + options.joined(separator: ", ") + ")")
        }
        return name
    }

    /// What each framework's function takes for weights and ignored classes, and what its mean divides by.
    static func weights(_ loss: FrameworkLoss) -> String {
        let parts = Framework.having(loss).compactMap { function -> String? in
            var taken: [String] = []
            switch function.weighting {
            case .keras: taken.append("`sample_weight` (mean ÷ n)")
            case .sklearn: taken.append("`sample_weight` (÷ Σw)")
            case .torchElements(let bySum): taken.append("`weight=` per element (mean ÷ \(bySum ? "Σw" : "n"))")
            case .mlx: taken.append("`weights=` of the loss's shape (mean ÷ n)")
            case nil: break
            }
            // On class indices (cross_entropy, nll_loss) weight= is per class; on the binary cross-entropies, per column.
            let classIndexed = function.options.contains(.ignoreIndex)
            if function.options.contains(.classWeight) {
                taken.append(classIndexed ? "`weight=` per class (mean ÷ Σ w[target])" : "`weight=` per column (mean ÷ n)")
            }
            if classIndexed { taken.append(function.framework == .keras ? "`ignore_class`" : "`ignore_index` (-100)") }
            return taken.isEmpty ? nil : "\(function.framework.displayName): " + taken.joined(separator: ", ")
        }
        return parts.isEmpty ? "–" : parts.joined(separator: "; ")
    }

    /// The markdown: one row per shared loss, one column per framework, then what each one does.
    static var markdown: String {
        var lines = ["| loss | " + Framework.allCases.map(\.displayName).joined(separator: " | ") + " | weights and ignored classes |",
                     "|---|" + Framework.allCases.map { _ in "---|" }.joined() + "---|"]
        for loss in sharedLosses {
            let cells = Framework.allCases.map { framework in framework.function(for: loss).map { "`\(shortName($0))`" } ?? "–" }
            lines.append("| \(loss) | " + cells.joined(separator: " | ") + " | \(weights(loss)) |")
        }
        lines.append("")
        for loss in sharedLosses {
            let notes = Framework.having(loss).map { "\($0.framework.displayName): \($0.note)" }
            lines.append("- **\(loss)**. " + notes.joined(separator: ". ") + ".")
        }
        return lines.joined(separator: "\n")
    }
}
