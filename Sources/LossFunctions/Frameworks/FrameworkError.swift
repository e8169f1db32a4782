/// A framework refuses the arrays or options it is given, as the real library raises.
public struct FrameworkError: Error, CustomStringConvertible, Equatable, Sendable {
    /// One sentence saying what was refused and why.
    public let description: String

    /// An error with the given sentence.
    public init(_ description: String) {
        self.description = description
    }
}
