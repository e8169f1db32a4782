/// One framework's loss function: its call, what it computes with its defaults, and its options.
public struct FrameworkFunction: Sendable {
    /// The framework it belongs to.
    public let framework: Framework
    /// The loss it computes.
    public let loss: FrameworkLoss
    /// The call as the framework's users write it, e.g. `torch.nn.functional.mse_loss(input, target)`.
    public let call: String
    /// Where it differs from the other frameworks' function for the loss: clipping, input, averaging.
    public let note: String
    /// The options it accepts besides the reduction.
    public let options: Set<FrameworkOption>
    /// Its reductions, or nil when it takes none (optax, scikit-learn).
    public let reductions: FrameworkReductions?
    let unreduced: @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray
    /// The function called instead for some options (optax's kl_divergence_with_log_targets).
    let renamed: (@Sendable (FrameworkOptions) -> String?)?
    /// Whether it reads the arrays `eval` reads for the catalog's loss; false where the framework's
    /// function of that name takes others.
    let readsCatalogInputs: Bool
    /// Whether it returns one number for the whole batch (Keras's Dice and Tversky, axis=None).
    let poolsBatch: Bool
    /// How it takes one weight per sample, or nil when it takes none.
    public let weighting: SampleWeighting?
    /// What it does silently with these options that a user would not expect (PyTorch's cross_entropy
    /// ignores a negative label_smoothing), one line each, for standard error.
    let advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])?
    /// How it broadcasts a target and a prediction of different shapes, or nil when it refuses them.
    let broadcasting: Broadcasting?
    /// Whether its 'mean' divides by the summed class weights of the kept targets rather than by their
    /// number (PyTorch's cross_entropy and nll_loss on class indices, with weight= and ignore_index).
    let meanOverTargetWeights: Bool

    init(_ framework: Framework, _ loss: FrameworkLoss, call: String, note: String, options: Set<FrameworkOption> = [],
         reductions: FrameworkReductions?, renamed: (@Sendable (FrameworkOptions) -> String?)? = nil, readsCatalogInputs: Bool = true,
         poolsBatch: Bool = false, weighting: SampleWeighting? = nil, meanOverTargetWeights: Bool = false,
         advise: (@Sendable (FrameworkInputs, FrameworkOptions) -> [String])? = nil, broadcasting: Broadcasting? = nil, _ unreduced: @escaping @Sendable (FrameworkInputs, FrameworkOptions) throws -> FrameworkArray) {
        self.framework = framework
        self.loss = loss
        self.call = call
        self.note = note
        self.options = options
        self.reductions = reductions
        self.unreduced = unreduced
        self.renamed = renamed
        self.readsCatalogInputs = readsCatalogInputs
        self.poolsBatch = poolsBatch
        self.weighting = weighting
        self.meanOverTargetWeights = meanOverTargetWeights
        self.advise = advise
        self.broadcasting = broadcasting
    }

    /// The one-line warnings for what the function does silently with these options: each names
    /// the function and what it did.
    public func warnings(for inputs: FrameworkInputs, options: FrameworkOptions) -> [String] {
        (broadcasting == .torch ? Broadcasting.torchWarning(inputs) : broadcasting == .jax ? Broadcasting.jaxWarning(inputs, function: name) : [])
            + (advise?(inputs, options) ?? [])
    }

    /// The function's name without its arguments, e.g. `torch.nn.functional.mse_loss`.
    public var name: String {
        String(call.prefix { $0 != "(" })
    }

    /// The function's name when called with these options.
    public func name(for options: FrameworkOptions) -> String {
        renamed?(options) ?? name
    }

    /// Every option it accepts, the reduction included.
    public var acceptedOptions: [FrameworkOption] {
        let parameters = LossParameter.all.map(FrameworkOption.parameter)
        return (FrameworkOption.switches + parameters + [.sampleWeight]).filter {
            options.contains($0) || ($0 == .reduction && reductions != nil) || ($0 == .sampleWeight && weighting != nil)
        }
    }

    /// What the framework's function returns for these arrays and options, in float64.
    public func evaluate(_ inputs: FrameworkInputs, options given: FrameworkOptions = FrameworkOptions()) throws -> FrameworkArray {
        for option in given.given where !acceptedOptions.contains(option) {
            if option == .sampleWeight { throw FrameworkError("--sample-weight: \(name) \(framework.sampleWeightRefusal)") }
            if option == .classWeight || option == .ignoreIndex {
                // What the framework offers instead, by the functions of its table that take the option.
                let takers = framework.functions.values.filter { $0.options.contains(option) }.map(\.name).sorted()
                let instead = takers.isEmpty ? "\(framework.displayName) has no function that takes it" : "\(framework.displayName)'s \(takers.joined(separator: ", ")) \(takers.count == 1 ? "takes" : "take") it"
                throw FrameworkError("\(option.flag): \(name) has no such argument; \(instead)")
            }
            throw FrameworkError("\(option.flag): \(name) has no such argument")
        }
        let inputs = try broadcasting?.apply(inputs) ?? inputs
        var values = try unreduced(inputs, given)
        guard let reductions else { return values }
        let reduction = given.reduction ?? reductions.defaultName
        guard reductions.theirs(reduction) != nil else {
            let list = reductions.names.map(\.ours).joined(separator: ", ")
            throw FrameworkError("--reduction: '\(reduction)' is not a reduction of \(name); use \(list)")
        }
        if meanOverTargetWeights, reduction == "mean" {
            return FrameworkArray(scalar: values.sum / PyTorchFunctions.keptTargetWeight(inputs, given))
        }
        if let weights = given.sampleWeight {
            switch weighting {
            case .keras: values = try SampleWeighting.kerasWeighted(values, by: weights)
            case .mlx: values = try SampleWeighting.mlxWeighted(values, by: weights)
            case .torchElements(let bySum):
                return try SampleWeighting.torchWeighted(values, by: weights, reduction: reduction, dividesBySumOfWeights: bySum)
            case .sklearn, nil: break
            }
        }
        if framework == .keras, let ignored = given.ignoreIndex, reduction == "mean" {
            // Keras's ignore_class masks the ignored targets: 'sum_over_batch_size' divides the sum by
            // the kept ones (keras/src/losses/loss.py apply_mask; 0 when none is kept, divide_no_nan).
            let kept = inputs.target.values.filter { $0 != ignored }.count
            return FrameworkArray(scalar: kept == 0 ? 0 : values.sum / Double(kept))
        }
        return reductions.apply(reduction, to: values)
    }
}
