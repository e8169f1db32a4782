import Platform

/// How an axis maps data before it is laid out linearly: matplotlib's `linear`, `log` (base 10,
/// non-positive values masked), `symlog` (linear within ±linthresh, logarithmic outside, base 10,
/// linscale 1) and `logit` (log10(p / (1 - p)), values outside (0, 1) masked).
public enum AxisScale: Sendable, Hashable {
    /// Data as it is (matplotlib's "linear").
    case linear
    /// log10 of the data; values <= 0 are masked (matplotlib's "log", base 10).
    case log
    /// Linear within ±`linthresh` (> 0, data units), log10 outside (matplotlib's "symlog", linscale 1).
    case symlog(linthresh: Double)
    /// log10(p / (1 - p)); values outside (0, 1) are masked (matplotlib's "logit").
    case logit

    /// The names the command line and manifests use.
    public static let names = ["linear", "log", "symlog", "logit"]

    /// The scale of a name, with the linear threshold symlog uses; nil for an unknown name.
    public init?(name: String, linthresh: Double = 1) {
        switch name {
        case "linear": self = .linear
        case "log": self = .log
        case "symlog": self = .symlog(linthresh: linthresh)
        case "logit": self = .logit
        default: return nil
        }
    }

    /// The scale's name.
    public var name: String {
        switch self {
        case .linear: "linear"
        case .log: "log"
        case .symlog: "symlog"
        case .logit: "logit"
        }
    }

    /// Whether a value can be shown on this scale (finite, and inside the scale's domain).
    @inlinable
    public func shows(_ v: Double) -> Bool {
        switch self {
        case .linear, .symlog: v.isFinite
        case .log: v > 0 && v.isFinite
        case .logit: v > 0 && v < 1
        }
    }

    /// What `shows` allows, in words for a message.
    public var domainDescription: String {
        switch self {
        case .linear, .symlog: "finite values"
        case .log: "values above 0"
        case .logit: "values between 0 and 1"
        }
    }

    /// The value in the scale's linear space; NaN where the scale masks it.
    @inlinable
    public func forward(_ v: Double) -> Double {
        switch self {
        case .linear:
            return v
        case .log:
            return v > 0 ? log10(v) : .nan
        case .symlog(let t):
            // matplotlib's SymmetricalLogTransform: linscale 1, so the linear part spans 1 / (1 - 1/10) decades.
            let a = abs(v)
            let linscale = 1 / (1 - 0.1)
            return a <= t ? v * linscale : copysign(t * (linscale + log10(a / t)), v)
        case .logit:
            guard v > 0, v < 1 else { return .nan }
            // Near 1, log10(1 - v) keeps the digits that log10(v / (1 - v)) would round.
            return v < 0.5 ? log10(v) - log1p(-v) / M_LN10 : log10(v) - log10(1 - v)
        }
    }

    /// The data value of a point of the scale's linear space.
    public func inverse(_ u: Double) -> Double {
        switch self {
        case .linear:
            return u
        case .log:
            return pow(10, u)
        case .symlog(let t):
            let linscale = 1 / (1 - 0.1)
            let a = abs(u)
            return a <= t * linscale ? u / linscale : copysign(t * pow(10, a / t - linscale), u)
        case .logit:
            return 1 / (1 + pow(10, -u))
        }
    }
}
