import ArgumentParser
import LossFunctions

/// The shape parameters of the losses, as `plot` and `eval` take them: `plot` reads each as a
/// list (one curve per value), `eval` as one value.
public struct ParameterFlags: ParsableArguments, Sendable {
    @Option(parsing: .unconditional, help: "Huber's and pseudo-Huber's delta, Tukey's c, Barron's scale c.")
    var delta: String?

    @Option(name: .customLong("pos-weight"), parsing: .unconditional, help: "The weight of positives in weighted sigmoid cross-entropy.")
    var posWeight: String?

    @Option(parsing: .unconditional, help: "The quantile of the pinball loss, in [0, 1].")
    var tau: String?

    @Option(parsing: .unconditional, help: "Smooth L1's beta, > 0.")
    var beta: String?

    @Option(parsing: .unconditional, help: "Barron's shape alpha: any number, or -inf.")
    var alpha: String?

    public init() {}

    /// What was typed for each parameter that was given.
    var given: [(LossParameter, String)] {
        [(LossParameter.delta, delta), (.posWeight, posWeight), (.tau, tau), (.beta, beta), (.alpha, alpha)]
            .compactMap { parameter, text in text.map { (parameter, $0) } }
    }
}
