/// Input that cannot be used as given: one line that names the flag or manifest field, the value,
/// and what is allowed (`--delta: '0' is not allowed; it must be a finite number > 0`).
///
/// Every check of a command line, a manifest or a request throws this, before any work is done.
public struct InputError: Error, CustomStringConvertible, Equatable {
    /// The whole line, without the leading "Error: ".
    public let description: String

    /// An error whose line is `description`.
    public init(_ description: String) {
        self.description = description
    }
}
