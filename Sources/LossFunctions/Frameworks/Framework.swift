/// A machine-learning library whose loss functions loss-plot reproduces, value for value.
public enum Framework: String, CaseIterable, Sendable, Codable {
    case keras
    case pytorch
    case optax
    case mlx
    case sklearn

    /// The library's name as people write it.
    public var displayName: String {
        switch self {
        case .keras: "Keras"
        case .pytorch: "PyTorch"
        case .optax: "optax"
        case .mlx: "MLX"
        case .sklearn: "scikit-learn"
        }
    }

    /// Why a function of this framework takes no `--sample-weight`, and what it offers instead, to
    /// follow the function's name in a refusal.
    var sampleWeightRefusal: String {
        switch self {
        case .keras: "takes no sample_weight"
        case .pytorch: "takes no per-sample weight (PyTorch's weight= weighs classes or elements); multiply the --reduction none values by your weights"
        case .optax: "takes no weights: it returns one loss per example; multiply those values by your weights"
        case .mlx: "takes no per-sample weight; multiply the --reduction none values by your weights"
        case .sklearn: "is a per-sample loss object and takes no sample_weight; the metrics of sklearn.metrics do"
        }
    }

    /// Every function of this framework that loss-plot reproduces, keyed by the loss it computes.
    public var functions: [FrameworkLoss: FrameworkFunction] {
        switch self {
        case .keras: KerasFunctions.byLoss
        case .pytorch: PyTorchFunctions.byLoss
        case .optax: OptaxFunctions.byLoss
        case .mlx: MLXFunctions.byLoss
        case .sklearn: SklearnFunctions.byLoss
        }
    }

    /// This framework's function for a loss, or nil when it has none.
    public func function(for loss: FrameworkLoss) -> FrameworkFunction? {
        functions[loss]
    }

    /// This framework's function for a loss of the catalog, or nil when it has none.
    public func function(for loss: LossDefinition) -> FrameworkFunction? {
        function(for: FrameworkLoss(loss))
    }

    /// The frameworks that have a function for this loss, in the order of `allCases`.
    public static func having(_ loss: FrameworkLoss) -> [FrameworkFunction] {
        allCases.compactMap { $0.function(for: loss) }
    }

    /// The frameworks that have a function for this loss of the catalog, in the order of `allCases`.
    public static func having(_ loss: LossDefinition) -> [FrameworkFunction] {
        having(FrameworkLoss(loss))
    }

    /// A table of functions keyed by their loss; two functions for one loss is a mistake in the table.
    static func table(_ functions: [FrameworkFunction]) -> [FrameworkLoss: FrameworkFunction] {
        Dictionary(uniqueKeysWithValues: functions.map { ($0.loss, $0) })
    }
}
