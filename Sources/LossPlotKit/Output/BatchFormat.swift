import Platform
import CairoCanvas

/// Parses `--format png,svg,pdf`.
public enum BatchFormat {
    /// The formats of `--format`, each once, in order.
    ///
    /// - Throws: ``InputError`` naming `--format` and the unknown name.
    public static func parse(_ text: String) throws -> [OutputFormat] {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace().lowercased() }
        var formats: [OutputFormat] = []
        for name in names {
            guard let format = OutputFormat(rawValue: name) else {
                throw InputError("--format: '\(name)' is not a format; use png, svg or pdf, separated by commas")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}
