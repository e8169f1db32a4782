import ArrayText
import LossFunctions
import Platform

/// What `loss-plot eval` computed: numbers with their shape, or a framework comparison table;
/// printed (`text`) or written to a file (`write(to:)`).
public struct EvalResult {
    private enum Form {
        /// One value per line, in loss-plot's shortest form.
        case values
        /// One value per line as a framework returns it (an empty array as []).
        case framework
        /// One element per line: value,gradient,hessian.
        case derivatives
    }

    /// The numbers, shaped as computed: one value, one per sample, the framework's shape (one per
    /// element, per sample, or a scalar), or with `--derivative` (elements, orders + 1); nil for a
    /// comparison table.
    public let array: FrameworkArray?
    private let form: Form
    private let table: String

    init(values: [Double]) { array = FrameworkArray(vector: values); form = .values; table = "" }
    init(framework value: FrameworkArray) { array = value; form = .framework; table = "" }
    init(derivatives: FrameworkArray) { array = derivatives; form = .derivatives; table = "" }
    init(table: String) { array = nil; form = .values; self.table = table }

    /// What eval prints.
    public var text: String {
        guard let array else { return table }
        switch form {
        case .values:
            return array.values.map(ShortNumber.shortest).joined(separator: "\n")
        case .framework:
            return EvalRun.printed(array)
        case .derivatives:
            let columns = array.shape.last ?? 1
            return stride(from: 0, to: array.values.count, by: columns).map { start in
                array.values[start..<start + columns].map(ShortNumber.shortest).joined(separator: ",")
            }.joined(separator: "\n")
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
