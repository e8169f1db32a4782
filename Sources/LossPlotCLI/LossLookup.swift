import LossFunctions

/// Finds a loss by name, or says which names are near.
enum LossLookup {
    static func kind(named name: String, field: String) throws -> LossKind {
        if let kind = LossKind(name: name) { return kind }
        let names = LossKind.allCases.map(\.rawValue) + LossKind.aliases.keys.sorted()
        let near = NameSuggester.nearest(to: name, in: names)
        let hint = near.isEmpty ? "`loss-plot list` shows every loss" : "did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?"
        throw SpecError("\(field): unknown loss '\(name)'; \(hint)")
    }
}
