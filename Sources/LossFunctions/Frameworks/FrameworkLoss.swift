/// What a framework function computes, as loss-plot names it: a loss of the catalog, or one of the
/// few functions that sit beside one (optax's squared_error beside its l2_loss) or that the catalog
/// lacks. Framework tables are keyed by it, so the compiler checks every key.
public struct FrameworkLoss: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// loss-plot's name for it (`huber`, `squared-error`): the catalog's name, or its own.
    public let name: String
    /// The catalog's loss, or nil for a framework's own.
    public let definition: LossDefinition?

    /// A loss of the catalog.
    public init(_ definition: LossDefinition) {
        name = definition.name
        self.definition = definition
    }

    /// A function the catalog has no loss of its own for, under loss-plot's name for it.
    init(own name: String) {
        self.name = name
        definition = nil
    }

    /// The frameworks' functions that are not a loss of the catalog, each declared next to what it is.
    static let own: [FrameworkLoss] = [.squaredError, .cosineEmbedding, .multilabelSoftMargin, .multiclassPerceptron]

    /// The loss a typed name means: a framework's own name first (optax's squared-error is not its l2),
    /// then the catalog's names and aliases (mse). A name neither knows is a loss no framework has.
    public static func named(_ typed: String) -> FrameworkLoss {
        let name = typed.lowercased().replacing("_", with: "-")
        if let loss = own.first(where: { $0.name == name }) { return loss }
        return Catalog.named(name).map(FrameworkLoss.init) ?? FrameworkLoss(own: name)
    }

    /// The name.
    public var description: String { name }

    /// Losses sort by name.
    public static func < (a: FrameworkLoss, b: FrameworkLoss) -> Bool { a.name < b.name }

    /// Two losses are the same when their names are.
    public static func == (a: FrameworkLoss, b: FrameworkLoss) -> Bool { a.name == b.name }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
