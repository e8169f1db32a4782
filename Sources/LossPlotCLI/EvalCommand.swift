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

    @Argument(help: "The loss; `loss-plot list` shows them all. Leave it out with --expr.", completion: .list(Catalog.names))
    var loss: String?

    @Option(name: .customLong("expr"), parsing: .unconditional,
            help: ArgumentHelp("A loss of your own as a formula of x (the prediction), t (the target), r = x - t and m = t*x, computed element by element like a named loss (e.g. 'log(cosh(r))').",
                               discussion: FormulaHelp.grammar, valueName: "formula"))
    var formula: String?

    @Option(name: .customLong("param"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A parameter of the --expr formula, NAME=VALUE (e.g. c=1.5).", valueName: "name=value"))
    var formulaParameters: [String] = []

    @Option(parsing: .unconditional,
            help: "With --reduction none: print each element's value,gradient,hessian (orders 1, 2 or 1,2), the derivatives in the prediction a gradient-boosting custom objective returns; a warning says when a Hessian is <= 0.")
    var derivative: String?

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

    @Option(parsing: .unconditional,
            help: "Write the result to a file instead of printing it: .npy a float64 NumPy array of the result's shape (np.load reads it), .txt or .csv the printed lines; - prints.")
    var out: String?

    public init() {}

    public func run() throws {
        // A file's extension is checked before anything is computed; - prints, as no --out does.
        let file = try out.flatMap { $0 == "-" ? nil : $0 }.map { path in _ = try EvalResult.fileExtension(of: path); return path }
        let result = try EvalRun(try request()).result()
        guard let file else {
            print(result.text)
            return
        }
        try result.write(to: file)
        print("wrote \(file)")
    }

    /// The request this command line makes.
    func request() throws -> EvalRequest {
        if loss != nil, formula != nil {
            throw InputError("--expr: computes a formula instead of a named loss; give '\(loss!)' or --expr, not both")
        }
        guard loss != nil || formula != nil else {
            throw InputError("name a loss (e.g. `loss-plot eval mse --target 1 --pred 2`), or give a formula with --expr")
        }
        if formula == nil, let first = formulaParameters.first {
            throw InputError("--param: '\(first)' is a parameter of an --expr formula, and no --expr is given")
        }
        var request = EvalRequest(loss: loss ?? "formula", target: target, pred: pred)
        request.formula = try formula.map { try FormulaFlags.formula($0, parameters: formulaParameters) }
        request.derivatives = try PlotCommand.derivativeOrders(derivative, gradient: false)
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
