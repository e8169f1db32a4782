import ArgumentParser
import LossFunctions
import LossPlotKit

/// `loss-plot eval`: a loss calculator that follows Keras's conventions.
public struct EvalCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Compute a loss over samples, as Keras does.",
        discussion: """
            Rows are numbers separated by commas; samples are separated by semicolons.
            @FILE reads the rows from a file, - from standard input (one of the two flags at most): one sample per line, values separated by whitespace or commas, # comments, as np.savetxt writes them, or a JSON array of arrays.
            Example: loss-plot eval mse --target "1,9,2;-5,-2,6" --pred "4,8,12;8,1,3"   (prints 49.5)
            Example: loss-plot eval mse --target @y.txt --pred @pred.txt
            """)

    @Argument(help: "The loss; `loss-plot list` shows them all.", completion: .list(Catalog.names))
    var loss: String

    @Option(parsing: .unconditional, help: "Target rows (or one row for every sample); class indices for sparse losses; @FILE or - to read them.")
    var target: String

    @Option(parsing: .unconditional, help: "Prediction rows: values, probabilities or logits; @FILE or - to read them.")
    var pred: String

    @OptionGroup(title: "Loss parameters: one value each, Keras's defaults")
    var parameters: ParameterFlags

    @Option(parsing: .unconditional, help: "Keras's clipping of probabilities (default 1e-7).")
    var epsilon: String?

    @Option(name: .customLong("reduction"), help: "mean, sum, or none (one value per sample); with --framework also batchmean.")
    var reductionText: String?

    @Option(name: .customLong("sample-weight"), parsing: .unconditional,
            help: "One weight per sample (w1,w2,... or @FILE): Keras's sample_weight (the mean divides the weighted sum by the number of samples), or with --framework sklearn scikit-learn's (divides by the sum of the weights).")
    var sampleWeight: String?

    @OptionGroup(title: "Frameworks: compute as Keras, PyTorch, optax, MLX or scikit-learn do")
    var frameworks: FrameworkFlags

    public init() {}

    public func run() throws {
        print(try EvalRun(try request()).output())
    }

    /// The request this command line makes.
    func request() throws -> EvalRequest {
        var request = EvalRequest(loss: loss, target: target, pred: pred)
        request.parameters = Dictionary(parameters.given, uniquingKeysWith: { $1 })
        request.epsilon = try epsilon.map { try ArgumentValues.number($0, flag: "--epsilon") }
        request.reduction = reductionText
        request.sampleWeight = sampleWeight
        request.framework = frameworks.framework
        request.compare = frameworks.compare
        request.json = frameworks.json
        request.logInput = frameworks.logInput
        request.full = frameworks.full
        request.logTarget = frameworks.logTarget
        request.input2 = frameworks.input2
        request.classWeight = frameworks.classWeight
        request.ignoreIndex = frameworks.ignoreIndex
        return request
    }
}
