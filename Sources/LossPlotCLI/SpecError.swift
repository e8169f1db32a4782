/// A figure that cannot be drawn as asked: says which field or flag, which value, and what is allowed.
public struct SpecError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
