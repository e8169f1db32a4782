import LossFunctions

/// Finds a loss by name, or says which names are near.
enum LossLookup {
    static func loss(named name: String, field: String) throws -> LossDefinition {
        if let loss = Catalog.named(name) { return loss }
        let near = NameSuggester.nearest(to: name, in: Catalog.names)
        let hint = near.isEmpty ? "`loss-plot list` shows every loss" : "did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        throw SpecError("\(field): unknown loss '\(name)'; \(hint)")
    }
}
