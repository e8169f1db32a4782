/// Why a text array could not be read, and where: a 1-based line and column (columns count
/// characters, not bytes).
public struct ArrayTextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line, from 1.
    public let line: Int
    /// The column within the line, from 1.
    public let column: Int
    /// What is wrong there, as a phrase: "'abc' is not a number".
    public let reason: String

    public init(line: Int, column: Int, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// "line 3, column 7: 'abc' is not a number".
    public var description: String { "line \(line), column \(column): \(reason)" }
}
