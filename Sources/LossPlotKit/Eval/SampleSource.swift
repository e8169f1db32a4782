import ArrayText
import Platform

/// Where `eval`'s `--target` or `--pred` rows come from: the argument itself ("1,2;3,4"), a file
/// (`@FILE`) or standard input (`-`), the files in the forms numpy writes (see `ArrayText`).
enum SampleSource: Equatable, Sendable {
    case inline(String)
    case file(String)
    case standardInput

    init(argument: String) {
        if argument == "-" {
            self = .standardInput
        } else if argument.hasPrefix("@") {
            self = .file(String(argument.dropFirst()))
        } else {
            self = .inline(argument)
        }
    }

    /// Whether the rows are on the command line, so they can be checked while it is parsed.
    var isInline: Bool {
        if case .inline = self { return true }
        return false
    }

    /// The rows, one array per sample; errors name the flag, and for files the file, line and column.
    func rows(flag: String) throws -> [[Double]] {
        switch self {
        case .inline(let text):
            return try Rows.parse(text, flag: flag)
        case .file, .standardInput:
            return try table(flag: flag)!.rowArrays
        }
    }

    /// The numbers of a file or of standard input as one table; nil for inline rows.
    func table(flag: String) throws -> NumberTable? {
        switch self {
        case .inline:
            return nil
        case .file(let path):
            guard !path.isEmpty else {
                throw InputError("\(flag): '@' names no file; write @FILE, or - for standard input")
            }
            // Mapped, not copied: a .npy's values are read once, straight from the page cache.
            return try InputBytes.withFile(path, flag: flag) { try table($0, name: "'\(path)'", flag: flag) }
        case .standardInput:
            return try InputBytes.standardInput(flag: flag).withUnsafeBytes { try table($0, name: "standard input", flag: flag) }
        }
    }

    /// The array of a file or of standard input with its shape (a .npy file, JSON nested to any
    /// depth, or a table); nil for inline rows.
    ///
    /// - Throws: ``InputError`` naming the flag, the file and the problem.
    func array(flag: String) throws -> NDArray? {
        switch self {
        case .inline:
            return nil
        case .file(let path):
            guard !path.isEmpty else {
                throw InputError("\(flag): '@' names no file; write @FILE, or - for standard input")
            }
            return try InputBytes.withFile(path, flag: flag) { bytes in
                do { return try ArrayText.parseArray(bytes) } catch { throw InputError("\(flag): '\(path)', \(error)") }
            }
        case .standardInput:
            do {
                return try ArrayText.parseArray(InputBytes.standardInput(flag: flag))
            } catch let error as ArrayReadError {
                throw InputError("\(flag): standard input, \(error)")
            }
        }
    }

    private func table(_ bytes: UnsafeRawBufferPointer, name: String, flag: String) throws -> NumberTable {
        do {
            return try ArrayText.parse(bytes)
        } catch {
            // A .npy file: 1-D is one sample per value (as np.savetxt writes it), 2-D one sample per
            // row. More than two dimensions is an array eval's rows cannot hold: say so, and which
            // flag reads it whole.
            if let array = try? ArrayText.parseArray(bytes) {
                if array.values.isEmpty {
                    throw InputError("\(flag): \(name) holds no values (shape \(array.shapeDescription)); eval needs at least one sample, or --framework for a framework's answer to an empty batch")
                }
                if array.shape.count <= 2 {
                    return NumberTable(values: array.values, columns: array.shape.count == 2 ? array.shape[1] : 1)
                }
                throw InputError("\(flag): \(name) holds an array of shape \(array.shapeDescription); eval's own rows are 1-D or 2-D: add --framework keras (eval's convention) or another framework to compute over its axes")
            }
            throw InputError("\(flag): \(name), \(error)")
        }
    }

    /// The prediction and target rows, read on two threads when both come from files (each
    /// parse then has a core of its own); the prediction's error is the one thrown when both fail.
    static func rows(pred: SampleSource, target: SampleSource) throws -> (predictions: [[Double]], targets: [[Double]]) {
        guard !pred.isInline || !target.isInline else {
            return (try pred.rows(flag: "--pred"), try target.rows(flag: "--target"))
        }
        return try Parallel.pair { i in
            i == 0 ? try pred.rows(flag: "--pred") : try target.rows(flag: "--target")
        }
    }

    /// The prediction and target tables of two sources that are files or standard input, read on
    /// two threads as `rows(pred:target:)` reads them.
    static func tables(pred: SampleSource, target: SampleSource) throws -> (predictions: NumberTable, targets: NumberTable) {
        try Parallel.pair { i in
            i == 0 ? try pred.table(flag: "--pred")! : try target.table(flag: "--target")!
        }
    }

    /// Refuses `-` for both flags: standard input can be read once.
    static func checkOneStandardInput(target: SampleSource, pred: SampleSource) throws {
        if target == .standardInput, pred == .standardInput {
            throw InputError("--pred: '-' reads standard input, and so does --target; at most one of them can")
        }
    }
}
