import LossFunctions

/// What `--facet` splits the curves by: one panel per loss, or per value of a parameter.
public enum Facet: Equatable, Sendable {
    /// One panel per loss.
    case loss
    /// One panel per value of a parameter.
    case parameter(LossParameter)

    /// Reads "loss" or a parameter's name; targets are not offered: they are few and share a panel well.
    ///
    /// - Throws: ``InputError`` naming `--facet` and the value.
    public init(argument: String) throws {
        if argument == "loss" {
            self = .loss
        } else if let parameter = LossParameter.named(argument) {
            self = .parameter(parameter)
        } else {
            let names = ["loss"] + LossParameter.all.map(\.name)
            throw InputError("--facet: '\(argument)' is not something to split by; use one of \(names.joined(separator: ", "))")
        }
    }
}
