/// Everything about one loss: its names, family, parameters, formula, domain, value and
/// derivatives, declared properties, conventions and source. Every command reads these;
/// adding a loss is one definition in `Catalog/` and one line in `Catalog.all`.
public struct LossDefinition: Sendable {
    /// The command-line name (kebab-case).
    public let name: String
    /// Other names users type (`mse`, `bce`, `focal`).
    public let aliases: [String]
    /// How the loss reads its prediction and target.
    public let family: LossFamily
    /// What the swept x is, in words.
    public let x: String
    /// The parameters it takes, in the order `info` and figures list them.
    public let parameters: [ParameterSpec]
    /// The formula as text.
    public let formula: String
    /// Where the swept input is defined; outside it the loss is NaN.
    public let inputDomain: InputDomain
    /// Which targets the loss accepts.
    public let targetDomain: TargetDomain
    /// How it computes: value, first and second derivative.
    public let kernel: LossKernel
    /// The declared properties at given parameter values and target; checked by the tests.
    public let properties: @Sendable (ParameterValues, CurveTarget) -> LossProperties
    /// What the derivatives are at kinks and boundaries.
    public let derivativeNotes: String?
    /// The conventions followed (whose, and what `eval` does).
    public let conventions: String
    /// Where the formula comes from.
    public let source: String
    /// What a figure draws by default.
    public let figure: FigureDefaults
    /// For a loss of a logit, the probability of the label 1 that a score f means (σ(f) for the
    /// logistic loss and sigmoid cross-entropy, σ(2f) for ESL's binomial deviance, whose f is half
    /// the logit); nil for a loss whose prediction is not a logit. `fit` draws this curve.
    public let probabilityOfScore: (@Sendable (Double) -> Double)?

    public init(name: String, aliases: [String] = [], family: LossFamily, x: String, parameters: [ParameterSpec] = [],
                formula: String, inputDomain: InputDomain = .real, targetDomain: TargetDomain = .real,
                kernel: LossKernel, properties: @escaping @Sendable (ParameterValues, CurveTarget) -> LossProperties,
                derivativeNotes: String? = nil, conventions: String, source: String, figure: FigureDefaults = FigureDefaults(),
                probabilityOfScore: (@Sendable (Double) -> Double)? = nil) {
        self.name = name
        self.aliases = aliases
        self.family = family
        self.x = x
        self.parameters = parameters
        self.formula = formula
        self.inputDomain = inputDomain
        self.targetDomain = targetDomain
        self.kernel = kernel
        self.properties = properties
        self.derivativeNotes = derivativeNotes
        self.conventions = conventions
        self.source = source
        self.figure = figure
        self.probabilityOfScore = probabilityOfScore
    }

    /// The parameter values `eval` uses: each library default.
    public var standardValues: ParameterValues {
        var values = ParameterValues()
        for spec in parameters { values[spec.parameter] = spec.standard }
        return values
    }

    /// How the loss declares a parameter, or nil when it takes no such parameter.
    /// The symbol this loss's labels use for a parameter (Tukey's `c` for `--delta`).
    public func symbol(of parameter: LossParameter) -> String {
        spec(for: parameter)?.symbol ?? parameter.symbol
    }

    public func spec(for parameter: LossParameter) -> ParameterSpec? {
        parameters.first { $0.parameter == parameter }
    }

    /// The row kernel, for row losses.
    public var rowKernel: RowKernel? {
        if case .row(let k) = kernel { return k }
        return nil
    }
}

extension LossDefinition: Equatable, Hashable {
    /// Two definitions are the same loss when their names are.
    public static func == (a: LossDefinition, b: LossDefinition) -> Bool { a.name == b.name }
    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
