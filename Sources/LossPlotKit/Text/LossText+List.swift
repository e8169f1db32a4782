import LossFunctions

extension LossText {
    /// What `loss-plot list` prints: every loss by family, with its formula, parameters, x axis and conventions.
    public static func list() -> String {
        var out = ""
        for family in LossFamily.allCases {
            let losses = Catalog.all.filter { $0.family == family }
            guard !losses.isEmpty else { continue }
            out += (out.isEmpty ? "" : "\n") + "\(family.title)\n\n"
            for loss in losses {
                out += ([loss.name] + loss.aliases).joined(separator: ", ") + "\n"
                out += "  loss:        \(loss.formula)\n"
                if !loss.parameters.isEmpty {
                    out += "  parameters:  \(LossText.parameters(loss))\n"
                }
                out += "  x:           \(loss.x)\n"
                if let notes = loss.derivativeNotes { out += "  derivatives: \(notes)\n" }
                out += "  conventions: \(loss.conventions)\n"
                let functions = Framework.having(loss)
                if !functions.isEmpty {
                    out += "  frameworks:  " + functions.map { "\($0.framework.displayName) \($0.name)" }.joined(separator: ", ") + "\n"
                }
            }
        }
        return out
    }
}
