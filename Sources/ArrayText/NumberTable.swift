/// Numbers read from a text array: `rows` samples of `columns` values each, stored row after row.
public struct NumberTable: Sendable, Equatable {
    /// Every value, row-major: row `r` is `values[r * columns ..< (r + 1) * columns]`.
    public let values: [Double]
    /// The values per row, at least 1.
    public let columns: Int

    /// A table of `values.count / columns` rows; `values.count` must be a multiple of `columns`.
    public init(values: [Double], columns: Int) {
        precondition(columns > 0 && values.count % columns == 0, "a table needs whole rows")
        self.values = values
        self.columns = columns
    }

    /// The number of rows (samples).
    public var rows: Int { values.count / columns }

    /// Row `index`, 0-based.
    public subscript(row index: Int) -> ArraySlice<Double> {
        values[index * columns ..< (index + 1) * columns]
    }

    /// The rows as arrays of their own.
    public var rowArrays: [[Double]] {
        (0..<rows).map { Array(self[row: $0]) }
    }
}
