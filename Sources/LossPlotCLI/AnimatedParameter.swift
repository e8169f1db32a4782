import Foundation
import LossFunctions

/// What one `--animate PARAM=LO:HI:N` moves: a loss parameter or the target, through its values.
///
/// This is the one place that knows how a value reaches a figure: it sets the flag a user
/// would have typed (`--delta 0.5`, `--target 1`), so every check and default of the command
/// line applies to each frame as it does to a still figure.
struct AnimatedParameter: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case parameter(LossParameter)
        case target
    }

    let kind: Kind
    /// As typed, for error messages.
    let text: String
    let values: [Double]
    /// The number of decimals that tells neighbouring values apart.
    let decimals: Int

    /// Parses `PARAM=LO:HI:N` or `PARAM=a,b,c`.
    init(_ text: String, geometric: Bool) throws {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let names = LossParameter.all.map(\.name) + ["target"]
        guard parts.count == 2 else {
            throw CommandError("--animate: '\(text)' is not PARAM=LO:HI:N; PARAM is one of \(names.joined(separator: ", "))")
        }
        let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        if name == "target" {
            kind = .target
        } else if let parameter = LossParameter.named(name), ParameterFlags.field(of: parameter) != nil {
            kind = .parameter(parameter)
        } else {
            throw CommandError("--animate: '\(parts[0])' in '\(text)' is not a parameter; use one of \(names.joined(separator: ", "))")
        }
        self.text = text
        // -inf is read here and refused, with the rest, by each loss's own range (`makeSpec`).
        values = try ArgumentValues.list(parts[1], flag: "--animate", geometric: geometric, allowInfinity: true)
        decimals = Self.decimals(values)
    }

    /// The name typed on the command line, and in a page's address.
    var name: String {
        switch kind {
        case .parameter(let parameter): parameter.name
        case .target: "target"
        }
    }

    /// The symbol shown beside a value: δ, τ, t...
    var symbol: String {
        switch kind {
        case .parameter(let parameter): parameter.symbol
        case .target: "t"
        }
    }

    /// Whether the command line also gives this parameter a value of its own.
    func isGiven(in command: PlotCommand) -> Bool {
        switch kind {
        case .parameter(let parameter): command.parameters.given.contains { $0.0 == parameter }
        case .target: command.target != nil
        }
    }

    /// Sets a value on the command line, as if typed after its flag.
    func apply(_ value: Double, to command: inout PlotCommand) {
        let typed = ShortNumber.shortest(value)
        switch kind {
        case .parameter(let parameter): command.parameters[keyPath: ParameterFlags.field(of: parameter)!] = typed
        case .target: command.target = typed
        }
    }

    /// A value as a frame shows it: `δ = 0.73`, with as many decimals as every frame has.
    func label(_ value: Double) -> String {
        "\(symbol) = \(number(value))"
    }

    /// A value with this parameter's decimals, and a true minus sign.
    func number(_ value: Double) -> String {
        guard value.isFinite else { return ShortNumber.label(value) }
        return String(format: "%.\(decimals)f", value).replacingOccurrences(of: "-", with: "\u{2212}")
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

extension ParameterFlags {
    /// The option that holds a parameter's text, for setting it as if typed.
    static func field(of parameter: LossParameter) -> WritableKeyPath<ParameterFlags, String?>? {
        let fields: [LossParameter: WritableKeyPath<ParameterFlags, String?>] = [
            .delta: \.delta, .alpha: \.alpha, .beta: \.beta, .tau: \.tau, .posWeight: \.posWeight, .gamma: \.gamma,
            .q: \.q, .power: \.power, .period: \.period, .margin: \.margin, .width: \.width, .variance: \.variance,
            .polyEpsilon: \.polyEpsilon, .labelSmoothing: \.labelSmoothing,
        ]
        return fields[parameter]
    }
}
