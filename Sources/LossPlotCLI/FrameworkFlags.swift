import ArgumentParser
import LossFunctions

extension Framework: ExpressibleByArgument {}

/// `eval`'s framework options: compute as one framework does (`--framework`), or as all of them
/// (`--compare`), with the switches of the frameworks' functions that users change; their numbers
/// (--label-smoothing, --gamma, --margin, --var, ...) are the loss parameters of `ParameterFlags`.
public struct FrameworkFlags: ParsableArguments, Sendable {
    @Option(help: "Compute exactly what this framework's function returns, with its defaults: keras, pytorch, optax, mlx or sklearn.")
    var framework: Framework?

    @Flag(help: "Run the arrays through every framework that has the loss and print a table.")
    var compare = false

    @Flag(help: "With --compare: print the table as JSON.")
    var json = false

    @Flag(name: .customLong("log-input"), inversion: .prefixedNo, help: "PyTorch poisson_nll_loss: the input is a log-rate (its default) or a rate.")
    var logInput: Bool?

    @Flag(help: "PyTorch poisson_nll_loss's Stirling term, gaussian_nll_loss's ½ log 2π.")
    var full = false

    @Flag(name: .customLong("log-target"), help: "PyTorch kl_div, optax kl_divergence: the target is a log-probability.")
    var logTarget = false

    @Option(parsing: .unconditional, help: "The second input: margin_ranking's input2, cosine_embedding's input2, triplet's negative.")
    var input2: String?

    @Option(name: .customLong("class-weight"), parsing: .unconditional,
            help: "One weight per class, W0,W1,...: PyTorch's weight= of cross_entropy and nll_loss (the mean divides by the kept targets' weights), and per column of binary_cross_entropy and binary_cross_entropy_with_logits; Keras's per-class alpha of CategoricalFocalCrossentropy.")
    var classWeight: String?

    @Option(name: .customLong("ignore-index"), parsing: .unconditional,
            help: "The class index whose targets are left out: PyTorch's ignore_index (default -100 under --framework pytorch), Keras's ignore_class of SparseCategoricalCrossentropy.")
    var ignoreIndex: String?

    public init() {}
}
