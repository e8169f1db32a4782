import LossFunctions

extension LossText {
    /// What `loss-plot list` prints: every loss by family, with its formula, parameters, x axis and conventions.
    public static func list() -> String {
        var out = ""
        for (family, losses) in families() {
            out += (out.isEmpty ? "" : "\n") + "\(family.title)\n\n"
            for loss in losses {
                out += ([loss.name] + loss.aliases).joined(separator: ", ") + "\n"
                for (field, text) in fields(loss) {
                    out += "  " + (field + ":").padded(to: 13) + text + "\n"
                }
            }
        }
        return out
    }

    /// `docs/catalog.md`, what `loss-plot list --markdown` prints: the same facts as ``list()`` as a Markdown page.
    public static func markdown() -> String {
        var out = """
            # The loss catalog

            Every loss `loss-plot` draws and computes, by family. This page is generated from the catalog by
            `loss-plot list --markdown` (`make catalog`), and a test fails when it is not current;
            `loss-plot info LOSS` shows one loss in full, with its checked properties.

            """
        for (family, losses) in families() {
            out += "\n## \(escaped(family.title))\n"
            for loss in losses {
                out += "\n### \(loss.name)\n\n"
                if !loss.aliases.isEmpty { out += "- aliases: " + loss.aliases.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
                for (field, text) in fields(loss) { out += "- \(field): \(escaped(text))\n" }
            }
        }
        return out
    }

    /// The families that have losses, each with its losses in the catalog's order.
    private static func families() -> [(LossFamily, [LossDefinition])] {
        LossFamily.allCases.map { family in (family, Catalog.all.filter { $0.family == family }) }.filter { !$0.1.isEmpty }
    }

    /// A loss's lines in `list`, by field.
    private static func fields(_ loss: LossDefinition) -> [(String, String)] {
        var fields = [("loss", loss.formula)]
        if !loss.parameters.isEmpty { fields.append(("parameters", LossText.parameters(loss))) }
        fields.append(("x", loss.x))
        if let notes = loss.derivativeNotes { fields.append(("derivatives", notes)) }
        fields.append(("conventions", loss.conventions))
        let functions = Framework.having(loss)
        if !functions.isEmpty {
            fields.append(("frameworks", functions.map { "\($0.framework.displayName) \($0.name)" }.joined(separator: ", ")))
        }
        return fields
    }

    /// Text that Markdown shows as written: its emphasis, link, HTML and table characters escaped.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_<>[]|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
