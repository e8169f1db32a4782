import LossFunctions
import Plotting

/// One curve of a figure: a loss, what it is measured against, its parameters and its look.
/// The same fields define the built-in figures and a user's manifest; each loss parameter is a
/// field of its own, named as in `LossParameter` (`delta`, `posWeight`, `gamma`, ...).
public struct CurveSpec: Sendable, Equatable {
    /// The loss; a manifest names it by its name or alias, as `loss-plot list` shows it.
    public var loss: LossDefinition
    /// The legend's text; nil for the loss's name.
    public var label: String?
    /// A scalar target or label (pointwise losses) or a class index (sparse losses).
    public var target: Double?
    /// A target distribution (softmax and categorical cross-entropy, KL divergence).
    public var distribution: [Double]?
    /// The fixed rest of the prediction row: logits, or relative probabilities.
    public var rest: [Double]?
    /// Loss parameters by their manifest field name; one left out takes the loss's own default
    /// (`eval`'s, as `loss-plot info` shows it).
    public var parameters: [String: Double]
    /// A colour name ("blue", "red", "k", "#0072b2"); the palette's next colour when absent.
    public var color: String?
    /// "solid", "dashed", "dash-dot" or "dotted" (or matplotlib's "-", "--", "-.", ":").
    public var style: String?
    /// The panel the curve is drawn in, by its title; curves with the same panel share it, and a
    /// figure whose curves name panels draws them as small multiples with shared axes.
    public var panel: String?
    /// The line width in points (default 1.5, as matplotlib's); `lineWidth`, since `width` is a loss parameter.
    public var lineWidth: Double?
    /// A constant the loss and its derivatives are multiplied by (LossFunctions.jl's ScaledLoss):
    /// 1 / ln 2 turns ln(1 + e^-m) into scikit-learn's base-2 log loss, through (0, 1).
    public var factor: Double?
    /// A framework whose function draws the curve instead of the exact loss (`keras`, `pytorch`,
    /// `optax`, `mlx`, `sklearn`): its clipping and clamping included.
    public var framework: Framework?
    /// A formula drawn instead of a named loss (a manifest's `"expr"`, as `--expr`).
    public var expr: String?
    /// The value of each parameter the formula reads (`"params": {"c": 1.5}`).
    public var params: [String: Double]?

    /// A curve of `loss`; every field left out takes the loss's default (its parameters' library
    /// defaults, its figure's first target, distribution and row).
    public init(loss: LossDefinition, label: String? = nil, target: Double? = nil, distribution: [Double]? = nil,
                rest: [Double]? = nil, parameters: [LossParameter: Double] = [:], color: String? = nil, style: String? = nil,
                panel: String? = nil, lineWidth: Double? = nil, factor: Double? = nil, framework: Framework? = nil) {
        self.loss = loss
        self.label = label
        self.target = target
        self.distribution = distribution
        self.rest = rest
        self.parameters = Dictionary(uniqueKeysWithValues: parameters.map { ($0.key.field, $0.value) })
        self.color = color
        self.style = style
        self.panel = panel
        self.lineWidth = lineWidth
        self.factor = factor
        self.framework = framework
    }

    /// Reads a parameter's value, if set.
    public func value(of parameter: LossParameter) -> Double? {
        parameters[parameter.field]
    }

    /// Sets a parameter's value.
    public mutating func set(_ parameter: LossParameter, _ value: Double) {
        parameters[parameter.field] = value
    }
}

extension CurveSpec: Codable {
    /// Any field name: the fixed ones and one per loss parameter.
    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// The fields besides the loss parameters.
    static let fixedFields = ["loss", "expr", "params", "label", "target", "distribution", "rest", "color", "style", "panel", "lineWidth", "factor", "framework"]

    /// Reads a manifest's curve; an unknown loss name is a data error naming the nearest names.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        if let text = try c.decodeIfPresent(String.self, forKey: Key("expr")) {
            // A formula: its parameters' values in "params", one each.
            if c.contains(Key("loss")) {
                throw DecodingError.dataCorruptedError(forKey: Key("expr"), in: c, debugDescription: "a curve has \"loss\" or \"expr\", not both")
            }
            let params = try c.decodeIfPresent([String: Double].self, forKey: Key("params")) ?? [:]
            do {
                let formula = try FormulaLoss(text, parameters: params.sorted { $0.key < $1.key }.map { ($0.key, [$0.value]) })
                if let unused = params.keys.sorted().first(where: { !formula.formula.usedParameters.contains($0) }) {
                    throw InputError("\"params\": the formula reads no '\(unused)'")
                }
                loss = formula.loss(at: params)
            } catch let error as InputError {
                throw DecodingError.dataCorruptedError(forKey: Key("expr"), in: c, debugDescription: error.description.replacing("--expr: ", with: ""))
            }
            expr = text
            self.params = params
        } else {
            let name = try c.decode(String.self, forKey: Key("loss"))
            guard let loss = Catalog.named(name) else {
                throw DecodingError.dataCorruptedError(forKey: Key("loss"), in: c, debugDescription: LossLookup.unknown(name))
            }
            self.loss = loss
            // "params" is read for a formula only; for a named loss it would be silently ignored.
            if c.contains(Key("params")) {
                let example = loss.parameters.first.map { "\"\($0.parameter.field)\": \(ShortNumber.format($0.standard))" } ?? "\"delta\": 1"
                throw DecodingError.dataCorruptedError(forKey: Key("params"), in: c, debugDescription:
                    "\"params\" holds an \"expr\" formula's parameters; a named loss takes its parameters as fields of the curve (\(example))")
            }
        }
        label = try c.decodeIfPresent(String.self, forKey: Key("label"))
        target = try c.decodeIfPresent(Double.self, forKey: Key("target"))
        distribution = try c.decodeIfPresent([Double].self, forKey: Key("distribution"))
        rest = try c.decodeIfPresent([Double].self, forKey: Key("rest"))
        color = try c.decodeIfPresent(String.self, forKey: Key("color"))
        style = try c.decodeIfPresent(String.self, forKey: Key("style"))
        panel = try c.decodeIfPresent(String.self, forKey: Key("panel"))
        lineWidth = try c.decodeIfPresent(Double.self, forKey: Key("lineWidth"))
        factor = try c.decodeIfPresent(Double.self, forKey: Key("factor"))
        if let name = try c.decodeIfPresent(String.self, forKey: Key("framework")) {
            guard let framework = Framework(rawValue: name) else {
                let names = Framework.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(forKey: Key("framework"), in: c, debugDescription: "unknown framework '\(name)'; use \(names)")
            }
            self.framework = framework
        } else {
            framework = nil
        }
        parameters = [:]
        for parameter in LossParameter.all {
            if let v = try c.decodeIfPresent(Double.self, forKey: Key(parameter.field)) { parameters[parameter.field] = v }
        }
    }

    /// Writes the curve as a manifest holds it, the loss by its name.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        if let expr {
            try c.encode(expr, forKey: Key("expr"))
            try c.encodeIfPresent(params, forKey: Key("params"))
        } else {
            try c.encode(loss.name, forKey: Key("loss"))
        }
        try c.encodeIfPresent(label, forKey: Key("label"))
        try c.encodeIfPresent(target, forKey: Key("target"))
        try c.encodeIfPresent(distribution, forKey: Key("distribution"))
        try c.encodeIfPresent(rest, forKey: Key("rest"))
        for parameter in LossParameter.all {
            try c.encodeIfPresent(parameters[parameter.field], forKey: Key(parameter.field))
        }
        try c.encodeIfPresent(color, forKey: Key("color"))
        try c.encodeIfPresent(style, forKey: Key("style"))
        try c.encodeIfPresent(panel, forKey: Key("panel"))
        try c.encodeIfPresent(lineWidth, forKey: Key("lineWidth"))
        try c.encodeIfPresent(factor, forKey: Key("factor"))
        try c.encodeIfPresent(framework?.rawValue, forKey: Key("framework"))
    }
}
