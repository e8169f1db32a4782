import CairoCanvas
#if canImport(Glibc)
import Glibc
#endif

/// Where the plot command writes and in what form: a file, whose extension (or `--format`) gives
/// the form, or standard output (`--out -`), where `--format` must give it.
public struct OutputDestination: Equatable, Sendable {
    /// A file, or standard output.
    public enum Place: Equatable, Sendable {
        /// A file at this path.
        case file(String)
        /// Standard output (`--out -`).
        case standardOutput
    }

    /// Where the bytes go.
    public let place: Place
    /// The form of the file.
    public let kind: FileKind
    /// Whether `--out` was given (a terminal chart alone writes no file).
    public let isGiven: Bool
    /// The figure's name: the file's path, or for standard output the file it would be written to
    /// without `--out` (the losses' names joined), which the JSON numbers carry.
    public let name: String

    /// The destination of `--out` and `--format`; without `--out`, a file named after the losses.
    ///
    /// - Throws: ``InputError`` naming `--out` or `--format`.
    public init(out: String?, format: String?, defaultStem: String) throws {
        isGiven = out != nil
        let formatKind = try format.map { try FileKind(format: $0) }
        switch out {
        case "-":
            guard let formatKind else {
                throw InputError("--out: '-' writes to standard output and needs --format png, svg, pdf, csv or json")
            }
            place = .standardOutput
            kind = formatKind
            name = defaultStem + "." + formatKind.fileExtension
        case let path?:
            place = .file(path)
            name = path
            if let formatKind {
                if let named = try? FileKind.of(path: path, flag: "--out"), named != formatKind {
                    throw InputError("--format: '\(format!)' does not match the extension of '\(path)'; leave one of them out")
                }
                kind = formatKind
            } else {
                kind = try FileKind.of(path: path, flag: "--out")
            }
        case nil:
            kind = formatKind ?? .image(.png)
            name = defaultStem + "." + kind.fileExtension
            place = .file(name)
        }
    }

    /// Writes the figure: atomically to a file, or in one stream to standard output. Returns the
    /// labels of the curves the picture shows nothing of.
    func write(_ builder: FigureBuilder, options: RenderOptions) throws -> [String] {
        // One figure: its samples show a progress bar when they take over a second.
        var options = options
        options.progress = true
        switch place {
        case .file(let path):
            return try FigureOutput.write(builder, options: options, kind: kind, to: path)
        case .standardOutput:
            return try FigureOutput.write(builder, options: options, kind: kind) { body in
                let writer = BufferedWriter(fd: STDOUT_FILENO, path: "-")
                try body(writer)
                try writer.flush()
            }
        }
    }

    /// Writes finished bytes (a rendered figure, a table): atomically to the file, or to standard output.
    func write(bytes: [UInt8]) throws {
        switch place {
        case .file(let path): try AtomicFile.write(bytes, to: path)
        case .standardOutput:
            let writer = BufferedWriter(fd: STDOUT_FILENO, path: "-")
            try writer.write(bytes)
            try writer.flush()
        }
    }

    /// The line printed after writing a file; nothing when the figure itself went to standard output.
    public var announcement: String? {
        switch place {
        case .file(let path): "wrote \(path)"
        case .standardOutput: nil
        }
    }
}

extension FileKind {
    /// The kind `--format` names: png, svg, pdf, csv or json.
    init(format: String) throws {
        switch format.lowercased() {
        case "png": self = .image(.png)
        case "svg": self = .image(.svg)
        case "pdf": self = .image(.pdf)
        case "csv": self = .csv
        case "json": self = .json
        default: throw InputError("--format: '\(format)' is not a format; use png, svg, pdf, csv or json")
        }
    }

    /// The file extension of this kind, without the dot.
    var fileExtension: String {
        switch self {
        case .image(let format): format.rawValue
        case .animation(let format): format.rawValue
        case .page: "html"
        case .csv: "csv"
        case .json: "json"
        }
    }
}
