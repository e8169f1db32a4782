import CairoCanvas

/// What an output path's extension asks for: a picture, or the numbers.
public enum FileKind: Sendable, Equatable {
    case image(OutputFormat)
    case csv
    case json

    /// The kind named by a path's extension, or an error naming the flag.
    static func of(path: String, flag: String) throws -> FileKind {
        let ext = path.split(separator: ".").count > 1 ? String(path.split(separator: ".").last!).lowercased() : ""
        switch ext {
        case "png": return .image(.png)
        case "svg": return .image(.svg)
        case "pdf": return .image(.pdf)
        case "csv": return .csv
        case "json": return .json
        default:
            throw CommandError("\(flag): '\(path)' has \(ext.isEmpty ? "no extension" : "the unknown extension '.\(ext)'"); use .png, .svg, .pdf, .csv or .json")
        }
    }
}
