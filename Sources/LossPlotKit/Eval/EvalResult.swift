import ArrayText
import LossFunctions
import Platform

/// What `loss-plot eval` computed: numbers with their shape, or a framework comparison table;
/// printed (`text`) or written to a file (`write(to:)`).
public struct EvalResult {
    private enum Content {
        /// One value per line, in loss-plot's shortest form.
        case values(FrameworkArray)
        /// One value per line as a framework returns it (an empty array as []).
        case framework(FrameworkArray)
        /// One element per line: value,gradient,hessian.
        case derivatives(FrameworkArray)
        /// A comparison table, as printed.
        case table(String)
    }

    private let content: Content

    init(values: [Double]) { content = .values(FrameworkArray(vector: values)) }
    init(framework value: FrameworkArray) { content = .framework(value) }
    init(derivatives: FrameworkArray) { content = .derivatives(derivatives) }
    init(table: String) { content = .table(table) }

    /// The numbers, shaped as computed: one value, one per sample, the framework's shape (one per
    /// element, per sample, or a scalar), or with `--derivative` (elements, orders + 1); nil for a
    /// comparison table.
    public var array: FrameworkArray? {
        switch content {
        case .values(let array), .framework(let array), .derivatives(let array): array
        case .table: nil
        }
    }

    /// What eval prints.
    public var text: String {
        switch content {
        case .values(let array):
            return array.values.map(ShortNumber.shortest).joined(separator: "\n")
        case .framework(let array):
            return EvalRun.printed(array)
        case .derivatives(let array):
            let columns = array.shape.last ?? 1
            return stride(from: 0, to: array.values.count, by: columns).map { start in
                array.values[start..<start + columns].map(ShortNumber.shortest).joined(separator: ",")
            }.joined(separator: "\n")
        case .table(let text):
            return text
        }
    }

    /// Writes the result to `path` atomically: `.npy` the numbers as a float64 NumPy array of their
    /// shape (what `np.load` reads), `.txt` or `.csv` the printed lines.
    ///
    /// - Throws: ``InputError`` naming `--out` for another extension or a table in `.npy`;
    ///   ``WriteError`` when the file cannot be written.
    public func write(to path: String) throws {
        switch try Self.fileExtension(of: path) {
        case "npy":
            guard let array else {
                throw InputError("--out: '\(path)': a --compare table is text; write it to a .txt file or leave out --out")
            }
            try AtomicFile.write(NPYWriter.bytes(shape: array.shape, values: array.values), to: path)
        default:
            try AtomicFile.write(Array((text + "\n").utf8), to: path)
        }
    }

    /// The extension of a file eval can write (npy, txt or csv), checked before anything is computed.
    ///
    /// - Throws: ``InputError`` naming `--out` for any other.
    public static func fileExtension(of path: String) throws -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let found = name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
        guard ["npy", "txt", "csv"].contains(found) else {
            throw InputError("--out: '\(path)' has no extension eval writes; use .npy (a NumPy array), .txt or .csv (the printed lines)")
        }
        return found
    }
}
