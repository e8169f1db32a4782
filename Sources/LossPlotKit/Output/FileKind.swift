import CairoCanvas

/// What an output path's extension asks for: a picture, an animation, a page, or the numbers.
public enum FileKind: Sendable, Equatable {
    /// A still picture: PNG, SVG or PDF.
    case image(OutputFormat)
    /// An animation: GIF, WebP or APNG.
    case animation(AnimationFormat)
    /// A self-contained HTML page with a slider per animated parameter.
    case page
    /// The numbers, as CSV.
    case csv
    /// The numbers, as JSON.
    case json

    /// The kind named by a path's extension, or an error naming the flag.
    static func of(path: String, flag: String) throws -> FileKind {
        // The file name's, not the path's: a dot in a folder (`.build/tmp/fig`, `./fig`) is no extension.
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        let parts = name.split(separator: ".")
        let ext = parts.count > 1 ? String(parts.last!).lowercased() : ""
        switch ext {
        case "png": return .image(.png)
        case "svg": return .image(.svg)
        case "pdf": return .image(.pdf)
        case "gif": return .animation(.gif)
        case "webp": return .animation(.webp)
        case "apng": return .animation(.apng)
        case "html", "htm": return .page
        case "csv": return .csv
        case "json": return .json
        default:
            throw InputError("\(flag): '\(path)' has \(ext.isEmpty ? "no extension" : "the unknown extension '.\(ext)'"); use .png, .svg, .pdf, .gif, .webp, .apng, .html, .csv or .json")
        }
    }

    /// Whether the file is drawn from frames, and so needs --animate.
    var isAnimated: Bool {
        switch self {
        case .animation, .page: true
        default: false
        }
    }
}
