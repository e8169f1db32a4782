/// Suggests the known names nearest to a mistyped one, by edit distance; a name like none of them
/// gets no suggestion, since a far one (`wing`: `hinge`) misleads more than it helps.
enum NameSuggester {
    /// The least similarity suggested: 1 - distance / the longer length. A typo of one letter in
    /// five (`hubr`: 0.8) passes; two changed letters of four (`wing` and `hinge`: 0.6) do not.
    static let minimumSimilarity = 0.7

    static func nearest(to name: String, in candidates: [String], count: Int = 3) -> [String] {
        let key = name.lowercased().replacing("_", with: "-")
        // Framework spellings (`hinge-loss`, `huber_loss`, `HuberLoss`) name the loss without the suffix.
        var keys = [key]
        for suffix in ["-loss", "loss"] where key.hasSuffix(suffix) && key.count > suffix.count {
            keys.append(String(key.dropLast(suffix.count)))
        }
        if let exact = candidates.first(where: { keys.contains($0) }) { return [exact] }
        var scored: [(name: String, distance: Int)] = []
        for candidate in candidates {
            // The nearest of the spellings that is near enough.
            let near = keys.compactMap { key -> Int? in
                let d = distance(key, candidate)
                let similarity = 1 - Double(d) / Double(max(key.count, candidate.count, 1))
                // A name cut short (`softmax`) is a beginning, not a typo.
                return similarity >= minimumSimilarity || (key.count >= 3 && candidate.hasPrefix(key)) ? d : nil
            }.min()
            if let near { scored.append((candidate, near)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(count).map { $0.name }
    }

    /// Edit distance with adjacent transpositions (optimal string alignment): `tukye` is one
    /// edit from `tukey`, as one slip of the fingers.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var beforePrevious = Array(0...b.count)
        var previous = beforePrevious
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
