import ArgumentParser
import LossFunctions

/// What `--facet` splits the curves by: one panel per loss, or per value of a parameter.
public enum Facet: Equatable, Sendable {
    case loss
    case parameter(LossParameter)

    /// Reads "loss" or a parameter's name; targets are not offered: they are few and share a panel well.
    init(argument: String) throws {
        if argument == "loss" {
            self = .loss
        } else if let parameter = LossParameter.named(argument) {
            self = .parameter(parameter)
        } else {
            let names = ["loss"] + LossParameter.all.map(\.name)
            throw CommandError("--facet: '\(argument)' is not something to split by; use one of \(names.joined(separator: ", "))")
        }
    }
}
