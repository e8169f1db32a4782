/// A one-line error of the command line: names the flag and the value, and what is allowed.
/// Thrown from `validate()`, so bad input is refused before any work.
public struct CommandError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
