import Foundation
import LossFunctions
import Testing

/// One record of Tests/Fixtures/frameworks/fixtures.json: what a framework's real function returned
/// (or that it raised) for the given arrays and options. Decoded with JSONDecoder, which reads
/// float64 exactly (JSONSerialization on Linux does not).
struct FrameworkFixture: Decodable, Sendable, CustomTestStringConvertible {
    let framework: Framework
    let loss: String
    let call: String
    let options: [String: OptionValue]
    let target: Numbers
    let pred: Numbers
    let input2: Numbers?
    let `var`: Numbers?
    /// `sample_weight=` (Keras, scikit-learn) or `weight=` (PyTorch's element weights), in weights.json.
    let sample_weight: Numbers?
    /// The value, or nil when the framework refused the case.
    let value: Numbers?
    let error: String?

    var testDescription: String {
        "\(framework.rawValue) \(loss): \(call) target \(target.array.values) pred \(pred.array.values) \(options)" + (sample_weight.map { " weights \($0.array.values)" } ?? "")
    }

    var inputs: FrameworkInputs {
        FrameworkInputs(target: target.array, pred: pred.array, input2: input2?.array, variance: `var`?.array)
    }

    var frameworkOptions: FrameworkOptions {
        var result = FrameworkOptions()
        result.reduction = options["reduction"]?.text
        result[.labelSmoothing] = options["label-smoothing"]?.number
        result.posWeight = options["pos-weight"]?.numbers
        result.logInput = options["log-input"]?.flag
        result.full = options["full"]?.flag
        result.logTarget = options["log-target"]?.flag
        result[.gamma] = options["gamma"]?.number
        result[.alpha] = options["alpha"]?.number
        result[.margin] = options["margin"]?.number
        result[.delta] = options["delta"]?.number
        result[.beta] = options["beta"]?.number
        result[.tau] = options["tau"]?.number
        result.sampleWeight = sample_weight?.array
        result.classWeight = options["class-weight"]?.numbers
        result.ignoreIndex = options["ignore-index"]?.number
        return result
    }

    struct Document: Decodable {
        let counts: [String: Int]
        let records: [FrameworkFixture]
        let refused: [FrameworkFixture]
    }

    /// The committed fixture file, or nil when it cannot be read.
    static let document: Document? = load("fixtures.json")

    /// The weighted calls (Tests/Fixtures/frameworks/weights.py), or nil when they cannot be read.
    static let weighted: Document? = load("weights.json")

    /// PyTorch on the argument values it refuses or changes (Tests/Fixtures/frameworks/rules.py).
    static let rules: Document? = load("rules.json")

    /// The one function a framework has for a loss it lacks by name, run on converted inputs (names.py).
    static let names: Document? = load("names.json")

    /// Arrays of three dimensions (ndarrays.py).
    static let ndarrays: Document? = load("ndarrays.json")

    static func load(_ name: String) -> Document? {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/frameworks/\(name)").standardized
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Document.self, from: data)
    }

    /// An option's value: a flag, a number, a list of numbers or a name.
    enum OptionValue: Decodable, Sendable, CustomStringConvertible {
        case flag(Bool), number(Double), numbers([Double]), text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .flag(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let numbers = try? container.decode([Double].self) { self = .numbers(numbers) }
            else { self = .text(try container.decode(String.self)) }
        }

        var flag: Bool? { if case .flag(let value) = self { value } else { nil } }
        var number: Double? { if case .number(let value) = self { value } else { nil } }
        var numbers: [Double]? { if case .numbers(let value) = self { value } else { nil } }
        var text: String? { if case .text(let value) = self { value } else { nil } }
        var description: String {
            switch self {
            case .flag(let value): "\(value)"
            case .number(let value): "\(value)"
            case .numbers(let value): "\(value)"
            case .text(let value): value
            }
        }
    }

    /// A number, a list or a list of lists; "inf", "-inf" and "nan" stand for themselves.
    struct Numbers: Decodable, Sendable {
        let array: FrameworkArray

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            // A flat array first, so that [] is the empty batch of shape (0,), not (0, 0); nested
            // arrays of any depth stack their elements' shape.
            if let vector = try? container.decode([Number].self) {
                array = FrameworkArray(vector: vector.map(\.value))
            } else if let nested = try? container.decode([Numbers].self), let first = nested.first,
                      nested.allSatisfy({ $0.array.shape == first.array.shape }) {
                array = FrameworkArray(shape: [nested.count] + first.array.shape, values: nested.flatMap(\.array.values))
            } else {
                array = FrameworkArray(scalar: try container.decode(Number.self).value)
            }
        }
    }

    struct Number: Decodable, Sendable {
        let value: Double

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                value = number
            } else {
                let text = try container.decode(String.self)
                value = ["inf": Double.infinity, "-inf": -Double.infinity][text] ?? .nan
            }
        }
    }
}
