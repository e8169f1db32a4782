/// Why a formula was refused: one sentence and the 1-based column (in characters) where the problem is.
public struct FormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. "unknown function 'lg'".
    public let reason: String
    /// The 1-based column of the character where the problem starts.
    public let column: Int

    public init(_ reason: String, column: Int) {
        self.reason = reason
        self.column = column
    }

    /// "unknown function 'lg' at column 5".
    public var description: String { "\(reason) at column \(column)" }
}
