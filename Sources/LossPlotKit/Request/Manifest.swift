import Platform
import LossFunctions
#if canImport(Glibc)
import Glibc
#endif

/// A user's figure set as JSON: `{"figures": [FigureSpec...]}`.
enum Manifest {
    struct File: Codable {
        var figures: [FigureSpec]
    }

    static let figureFields: Set<String> = ["name", "title", "xLabel", "yLabel", "range", "samples", "curves", "xLimits",
                                            "yLimits", "legend", "grid", "gradient", "derivatives", "size", "columns", "colorBar",
                                            "xScale", "yScale", "linthresh", "hLines", "vLines", "spans", "palette"]
    static let curveFields = Set(CurveSpec.fixedFields + LossParameter.all.map(\.field))

    static let spanFields: Set<String> = ["lower", "upper", "label"]

    /// JSON has no infinity; Barron's alpha = -inf is written as the string "-inf".
    static let infinities = JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    static let infinitiesDecoding = JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString(
        positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")

    static func encode(_ figures: [FigureSpec]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = infinities
        return String(decoding: try encoder.encode(File(figures: figures)), as: UTF8.self)
    }

    /// Reads and checks a manifest: syntax errors give line and column, unknown fields are named,
    /// and no figure may write outside the output folder.
    static func load(path: String) throws -> [FigureSpec] {
        // Read through the descriptor, so that a pipe (`--manifest <(...)`, /dev/stdin) reads as a
        // file does; `-` is standard input, as for eval's arrays.
        if path == "-" { return try parse(Data(InputBytes.standardInput(flag: "--manifest")), path: "standard input") }
        return try parse(Data(InputBytes.file(path, flag: "--manifest")), path: path)
    }

    /// Checks and decodes a manifest's bytes; `path` names it in errors.
    static func parse(_ data: Data, path: String) throws -> [FigureSpec] {
        if let failure = JSONSyntax.check([UInt8](data)) {
            throw InputError("--manifest: '\(path)' is not valid JSON: \(failure.description)")
        }
        let object: JSONValue
        do {
            object = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw InputError("--manifest: '\(path)' is not valid JSON: \(error)")
        }
        guard let root = object.object, let figures = root["figures"]?.array else {
            throw InputError("--manifest: '\(path)' must be an object with a \"figures\" array")
        }
        for key in root.keys where key != "figures" {
            throw InputError("--manifest: '\(path)': unknown field '\(key)' at the top level")
        }
        for (i, figure) in figures.enumerated() {
            guard let fields = figure.object else {
                throw InputError("--manifest: '\(path)': figure \(i + 1) is not an object")
            }
            if let unknown = fields.keys.sorted().first(where: { !figureFields.contains($0) }) {
                throw InputError("--manifest: '\(path)': figure \(i + 1) has the unknown field '\(unknown)'")
            }
            for key in ["samples", "columns"] {
                if let value = fields[key]?.number, value != value.rounded() {
                    throw InputError("--manifest: '\(path)': figure \(i + 1): \(key) must be a whole number, not \(ShortNumber.format(value))")
                }
            }
            for (j, span) in (fields["spans"]?.array ?? []).enumerated() {
                if let keys = span.object?.keys, let unknown = keys.sorted().first(where: { !spanFields.contains($0) }) {
                    throw InputError("--manifest: '\(path)': figure \(i + 1), span \(j + 1) has the unknown field '\(unknown)'")
                }
            }
            for (j, curve) in (fields["curves"]?.array ?? []).enumerated() {
                if let keys = curve.object?.keys, let unknown = keys.sorted().first(where: { !curveFields.contains($0) }) {
                    throw InputError("--manifest: '\(path)': figure \(i + 1), curve \(j + 1) has the unknown field '\(unknown)'")
                }
            }
        }
        let file: File
        do {
            let decoder = JSONDecoder()
            decoder.nonConformingFloatDecodingStrategy = infinitiesDecoding
            file = try decoder.decode(File.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError("--manifest: '\(path)': \(where_(context.codingPath)) lacks the field '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, context) {
            throw InputError("--manifest: '\(path)': \(where_(context.codingPath)) has the wrong type: \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(_, context) {
            throw InputError("--manifest: '\(path)': \(where_(context.codingPath)) is null")
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError("--manifest: '\(path)': \(where_(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw InputError("--manifest: '\(path)': \(error)")
        }
        var names = Set<String>()
        for (i, figure) in file.figures.enumerated() {
            try MathChecks.check(figure, "--manifest: '\(path)': figure \(i + 1)")
            let name = figure.name
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.isEmpty, !name.hasPrefix("/"), !parts.contains(".."), !parts.contains("."), !parts.contains(""),
                  !name.contains("\0") else {
                throw InputError("--manifest: '\(path)': figure name '\(name)' would leave the output folder")
            }
            guard names.insert(name).inserted else {
                throw InputError("--manifest: '\(path)': two figures are named '\(name)'")
            }
        }
        return file.figures
    }

    static func where_(_ path: [CodingKey]) -> String {
        var parts: [String] = []
        for key in path {
            if let i = key.intValue { parts.append("#\(i + 1)") } else { parts.append(key.stringValue) }
        }
        return parts.isEmpty ? "the manifest" : parts.joined(separator: " ")
    }
}
