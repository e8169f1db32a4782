import Platform
import LossFunctions

/// What one `--animate PARAM=LO:HI:N` moves: a loss parameter or the target, through its values.
///
/// This is the one place that knows how a value reaches a figure: it sets the value in the
/// request (`parameters[.delta] = [0.5]`, `targets = [1]`), so every check and default of a
/// still figure applies to each frame.
public struct AnimatedParameter: Sendable, Equatable {
    /// A loss parameter, or the target.
    public enum Kind: Sendable, Equatable {
        /// A loss parameter (`--animate delta=...`).
        case parameter(LossParameter)
        /// The target (`--animate target=...`).
        case target
        /// A parameter of the `--expr` formulas (`--animate c=...`).
        case formulaParameter(String)
    }

    /// What moves.
    public let kind: Kind
    /// As typed, for error messages.
    public let text: String
    /// The values it takes, one frame (or slider position) each.
    public let values: [Double]
    /// The number of decimals that tells neighbouring values apart.
    let decimals: Int

    /// Parses `PARAM=LO:HI:N` or `PARAM=a,b,c`.
    ///
    /// - Throws: ``InputError`` naming `--animate` and the text.
    /// With `formulas`, a name that is neither a loss parameter nor the target is a parameter of
    /// the `--expr` formulas.
    public init(_ text: String, geometric: Bool, formulas: Bool = false) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let names = LossParameter.all.map(\.name) + ["target"]
        guard parts.count == 2 else {
            throw InputError("--animate: '\(text)' is not PARAM=LO:HI:N; PARAM is one of \(names.joined(separator: ", "))")
        }
        let name = parts[0].trimmingWhitespace().lowercased()
        if name == "target" {
            kind = .target
        } else if let parameter = LossParameter.named(name) {
            kind = .parameter(parameter)
        } else if formulas, FormulaHelp.reserved(parts[0].trimmingWhitespace()) == nil {
            kind = .formulaParameter(parts[0].trimmingWhitespace())
        } else {
            throw InputError("--animate: '\(parts[0])' in '\(text)' is not a parameter; use one of \(names.joined(separator: ", "))")
        }
        self.text = text
        // -inf is read here and refused, with the rest, by each loss's own range (`figureSpec`).
        values = try ArgumentValues.list(parts[1], flag: "--animate", geometric: geometric, allowInfinity: true)
        decimals = Self.decimals(values)
    }

    /// The name typed on the command line, and in a page's address.
    var name: String {
        switch kind {
        case .parameter(let parameter): parameter.name
        case .target: "target"
        case .formulaParameter(let name): name
        }
    }

    /// The flag that would also set it: --delta, --target, --param c.
    var flag: String {
        if case .formulaParameter(let name) = kind { return "--param \(name)" }
        return "--\(name)"
    }

    /// The symbol shown beside a value: δ, τ, t...
    var symbol: String {
        switch kind {
        case .parameter(let parameter): parameter.symbol
        case .target: "t"
        case .formulaParameter(let name): name
        }
    }

    /// Whether the request also gives this parameter a value of its own.
    func isGiven(in request: PlotRequest) -> Bool {
        switch kind {
        case .parameter(let parameter): request.parameters[parameter] != nil
        case .target: request.targets != nil
        case .formulaParameter(let name): request.givenFormulaParameters.contains(name)
        }
    }

    /// Sets a frame's value in the request.
    func apply(_ value: Double, to request: inout PlotRequest) {
        switch kind {
        case .parameter(let parameter): request.parameters[parameter] = [value]
        case .target: request.targets = [value]
        case .formulaParameter(let name): request.setFormulaParameter(name, to: value)
        }
    }

    /// A value as a frame shows it: `δ = 0.73`, with as many decimals as every frame has.
    func label(_ value: Double) -> String {
        "\(symbol) = \(number(value))"
    }

    /// A value with this parameter's decimals, and a true minus sign.
    func number(_ value: Double) -> String {
        guard value.isFinite else { return ShortNumber.label(value) }
        return String(printf: "%.\(decimals)f", value).replacing("-", with: "\u{2212}")
    }

    /// The decimals of the values when they have at most three (0.25, 0.5, 1), otherwise enough
    /// to tell the closest two apart (0.10, 0.15, 0.20 for 0.1:3:60).
    static func decimals(_ values: [Double]) -> Int {
        let finite = values.filter(\.isFinite)
        let exact = finite.map(Self.ownDecimals).max() ?? 0
        guard exact > 3 else { return exact }
        let sorted = finite.sorted()
        let gap = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }.min() ?? 1
        return min(6, max(1, Int((-log10(gap)).rounded(.up))))
    }

    /// How many decimals a value is written with, up to 6 (7: more).
    private static func ownDecimals(_ v: Double) -> Int {
        for d in 0...6 {
            let scaled = v * pow(10, Double(d))
            // Within rounding of a whole number: 0.2 + 1.8 * 1/5 is 0.56, not 0.5600000000000001.
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) { return d }
        }
        return 7
    }
}
