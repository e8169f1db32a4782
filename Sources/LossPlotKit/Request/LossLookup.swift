import LossFunctions

/// Finds a loss by name, or says which names are near.
public enum LossLookup {
    /// The loss with this name or alias.
    ///
    /// - Throws: ``InputError`` naming `field` and the nearest names.
    public static func loss(named name: String, field: String) throws -> LossDefinition {
        if let loss = Catalog.named(name) { return loss }
        throw InputError("\(field): \(unknown(name))")
    }

    /// "unknown loss 'hubr'; did you mean 'huber'?": the names nearest to one the catalog lacks.
    static func unknown(_ name: String) -> String {
        let near = NameSuggester.nearest(to: name, in: Catalog.names)
        let hint = near.isEmpty ? "`loss-plot list` shows every loss, and --expr draws a formula of your own"
            : "did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        return "unknown loss '\(name)'; \(hint)"
    }
}
