import LossFunctions
import Plotting

/// What `loss-plot fit` asks for: the losses (one fit per parameter value), the points, the scale,
/// and where the figure or the numbers go.
public struct FitRequest: Sendable {
    /// One fit: a loss at its parameter values, and its legend.
    public struct Entry: Sendable {
        /// The loss fitted under (a pointwise loss).
        public var loss: LossDefinition
        /// Its parameters' values, in the data's units.
        public var parameters: ParameterValues
        /// The legend's and the numbers' name: the loss and its values.
        public var label: String

        /// A fit of `loss` at `parameters`, named `label` in the legend and the numbers.
        public init(loss: LossDefinition, parameters: ParameterValues, label: String) {
            self.loss = loss
            self.parameters = parameters
            self.label = label
        }
    }

    /// The fits, in order.
    public var entries: [Entry]
    /// The points.
    public var data: FitData
    /// How the residuals are scaled: the data's units, or statsmodels' MAD.
    public var scale: LineFit.Scale = .none
    /// Whether a second panel shows each point's IRLS weight ψ(r)/r under each loss.
    public var weightsPanel = false
    /// Whether the figure is each loss's objective over (slope, intercept) instead of the lines.
    public var surface = false
    /// Where the figure or the numbers go.
    public var destination: OutputDestination
    /// The figure's title; nil for "Lines fitted under each loss".
    public var title: String?

    /// A request fitting `entries` to `data`, written to `destination`.
    public init(entries: [Entry], data: FitData, destination: OutputDestination) {
        self.entries = entries
        self.data = data
        self.destination = destination
    }

    /// One entry per loss and per combination of the values given for the parameters it takes;
    /// a parameter left out takes the loss's library default (`info` shows it).
    ///
    /// - Throws: ``InputError`` for a loss of whole rows, or a value outside a parameter's range.
    public static func entries(_ losses: [LossDefinition], parameters: [LossParameter: [Double]]) throws -> [Entry] {
        // A value given for a parameter no fitted loss takes would change nothing: refused.
        for parameter in LossParameter.all where parameters[parameter] != nil && !losses.contains(where: { $0.spec(for: parameter) != nil }) {
            let named = losses.isEmpty ? "no named loss is fitted to take it" : "none of \(losses.map(\.name).joined(separator: ", ")) takes \(parameter.name)"
            throw InputError("\(parameter.flag): \(named); `loss-plot info LOSS` lists a loss's parameters")
        }
        var entries: [Entry] = []
        for loss in losses {
            guard case .pointwise = loss.kernel, loss.family == .distance || loss.family == .margin || loss.family == .probability else {
                throw InputError("\(loss.name): a loss of whole rows; fit draws a line under a pointwise loss (`loss-plot list` shows the distance losses)")
            }
            var combinations: [[(LossParameter, Double)]] = [[]]
            for spec in loss.parameters {
                guard let values = parameters[spec.parameter] else { continue }
                for value in values where !spec.range.contains(value) {
                    throw InputError("\(spec.parameter.flag): '\(ShortNumber.format(value))' is not allowed for \(loss.name); it must be \(spec.range.description)")
                }
                combinations = combinations.flatMap { c in values.map { c + [(spec.parameter, $0)] } }
            }
            for combination in combinations {
                var values = loss.standardValues
                for (parameter, value) in combination { values[parameter] = value }
                let shown = combination.map { "\(loss.symbol(of: $0.0)) = \(ShortNumber.format($0.1))" }.joined(separator: ", ")
                entries.append(Entry(loss: loss, parameters: values, label: shown.isEmpty ? loss.name : "\(loss.name), \(shown)"))
            }
        }
        return entries
    }
}
