/// One parameter as a loss declares it: which parameter, the library default `eval` uses, the
/// values a figure draws by default (one curve each), and the values allowed.
public struct ParameterSpec: Sendable {
    /// Which parameter of the vocabulary.
    public let parameter: LossParameter
    /// The default of the library the loss follows (`eval`'s default).
    public let standard: Double
    /// The values a figure draws when the flag is left out: one curve each.
    public let figureValues: [Double]
    /// The values allowed.
    public let range: ParameterRange
    /// The letter this loss's own formula uses for it in labels and titles (Tukey's `c` for `--delta`);
    /// the vocabulary's symbol when nil.
    public let ownSymbol: String?

    /// A parameter with its default, its figure's values (the default alone when nil), its range and,
    /// when the loss's formula names it otherwise than the vocabulary, its own symbol.
    public init(_ parameter: LossParameter, default standard: Double, figure: [Double]? = nil, range: ParameterRange,
                symbol: String? = nil) {
        self.parameter = parameter
        self.standard = standard
        self.figureValues = figure ?? [standard]
        self.range = range
        self.ownSymbol = symbol
    }

    /// The symbol of labels and titles (`c = 4.685` for Tukey, `δ = 1` for Huber).
    public var symbol: String { ownSymbol ?? parameter.symbol }
}

/// The values a parameter may take: an interval, and optionally -inf.
public struct ParameterRange: Sendable, Equatable {
    /// The lower end (-inf for none).
    public let lower: Double
    /// The upper end (inf for none).
    public let upper: Double
    /// Whether the lower end itself is excluded.
    public let lowerOpen: Bool
    /// Whether the upper end itself is excluded.
    public let upperOpen: Bool
    /// Whether -inf is also allowed (Barron's Welsch limit).
    public let allowsNegativeInfinity: Bool

    public init(lower: Double, upper: Double, lowerOpen: Bool, upperOpen: Bool, allowsNegativeInfinity: Bool = false) {
        self.lower = lower
        self.upper = upper
        self.lowerOpen = lowerOpen
        self.upperOpen = upperOpen
        self.allowsNegativeInfinity = allowsNegativeInfinity
    }

    /// (0, inf): scales and widths.
    public static let positive = ParameterRange(lower: 0, upper: .infinity, lowerOpen: true, upperOpen: true)
    /// [0, inf): weights.
    public static let nonNegative = ParameterRange(lower: 0, upper: .infinity, lowerOpen: false, upperOpen: true)
    /// [0, 1]: probabilities and quantiles.
    public static let unit = ParameterRange(lower: 0, upper: 1, lowerOpen: false, upperOpen: false)
    /// [0, 1): label smoothing.
    public static let unitOpenAbove = ParameterRange(lower: 0, upper: 1, lowerOpen: false, upperOpen: true)
    /// (0, 1]: the generalized cross-entropy's q.
    public static let unitOpenBelow = ParameterRange(lower: 0, upper: 1, lowerOpen: true, upperOpen: false)
    /// Any finite number.
    public static let real = ParameterRange(lower: -.infinity, upper: .infinity, lowerOpen: true, upperOpen: true)

    /// Whether a value is allowed.
    public func contains(_ v: Double) -> Bool {
        if v == -.infinity { return allowsNegativeInfinity }
        guard v.isFinite else { return false }
        let aboveLower = lowerOpen ? v > lower : v >= lower
        let belowUpper = upperOpen ? v < upper : v <= upper
        return aboveLower && belowUpper
    }

    /// The range in interval notation, e.g. `(0, inf)`.
    public var notation: String {
        let lo = lower == -.infinity ? "-inf" : ShortNumber.format(lower)
        let hi = upper == .infinity ? "inf" : ShortNumber.format(upper)
        let interval = "\(lowerOpen ? "(" : "[")\(lo), \(hi)\(upperOpen ? ")" : "]")"
        return allowsNegativeInfinity ? interval + " or -inf" : interval
    }

    /// The range in words, for an error message.
    public var description: String {
        if self == .real { return "a finite number" }
        if upper == .infinity {
            let rule = "a finite number \(lowerOpen ? ">" : ">=") \(ShortNumber.format(lower))"
            return allowsNegativeInfinity ? rule + " or -inf" : rule
        }
        return "a number in \(notation)"
    }
}
