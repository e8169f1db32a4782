import ArrayText
import Platform
import LossFunctions

/// The points a line is fitted to: two columns x, y.
public struct FitData: Sendable, Equatable {
    /// The points' x, in the data's units.
    public var x: [Double]
    /// The points' y, as many as `x`.
    public var y: [Double]
    /// Where they came from, for the JSON: a file's path, "-" or "built-in".
    public var source: String

    /// Points (x[i], y[i]) read from `source`.
    public init(x: [Double], y: [Double], source: String) {
        self.x = x
        self.y = y
        self.source = source
    }

    /// The built-in points with outliers: 40 points y = 2x + 1 + N(0, 0.5²) at x uniform on [0, 10]
    /// (sorted), the last 6 raised by U(15, 25); drawn from SplitMix64 seeded with 25, normals by
    /// Box-Muller. The same 40 points on every machine.
    public static let builtIn: FitData = {
        var state: UInt64 = 25
        func next() -> Double {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
        let x = (0..<40).map { _ in 10 * next() }.sorted()
        var y = x.map { xi -> Double in
            let (u1, u2) = (max(next(), 1e-300), next())
            return 2 * xi + 1 + 0.5 * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        }
        for i in 34..<40 { y[i] += 15 + 10 * next() }
        return FitData(x: x, y: y, source: "built-in")
    }()

    /// Reads two columns from a file or standard input: CSV with or without a header line, what
    /// `np.savetxt` writes, or a `.npy` array of shape (n, 2).
    ///
    /// - Throws: ``InputError`` naming `--data`, the file, and the line and column of a bad value;
    ///   fewer or more than two columns.
    public static func read(_ argument: String) throws -> FitData {
        let source = SampleSource(argument: argument.hasPrefix("@") || argument == "-" ? argument : "@" + argument)
        let name = argument == "-" ? "standard input" : "'\(argument)'"
        let bytes: [UInt8]
        switch source {
        case .file(let path): bytes = try InputBytes.file(path, flag: "--data")
        case .standardInput: bytes = try InputBytes.standardInput(flag: "--data")
        case .inline: bytes = []
        }
        if bytes.starts(with: [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]) {
            // numpy's .npy of shape (n, 2), as np.save(path, np.c_[x, y]) writes it.
            let array: NDArray
            do { array = try ArrayText.parseArray(bytes) } catch { throw InputError("--data: \(name), \(error)") }
            guard array.shape.count == 2, array.shape[1] == 2 else {
                throw InputError("--data: \(name) holds an array of shape \(array.shapeDescription); give one of shape (n, 2): x and y")
            }
            return FitData(x: stride(from: 0, to: array.values.count, by: 2).map { array.values[$0] },
                           y: stride(from: 1, to: array.values.count, by: 2).map { array.values[$0] }, source: argument)
        }
        var table: NumberTable
        do {
            table = try ArrayText.parse(bytes)
        } catch let error where error.line == 1 {
            // A header line (x,y): read from the next line, keeping the file's line numbers.
            guard let newline = bytes.firstIndex(of: 10) else { throw InputError("--data: \(name), \(error)") }
            do {
                table = try ArrayText.parse(Array(bytes[(newline + 1)...]))
            } catch let inner {
                throw InputError("--data: \(name), line \(inner.line + 1), column \(inner.column): \(inner.reason)")
            }
        } catch {
            throw InputError("--data: \(name), \(error)")
        }
        guard table.columns == 2 else {
            throw InputError("--data: \(name) has \(table.columns) column\(table.columns == 1 ? "" : "s"); give two, x and y")
        }
        return FitData(x: (0..<table.rows).map { table[row: $0].first! }, y: (0..<table.rows).map { table[row: $0].last! },
                       source: argument)
    }
}
