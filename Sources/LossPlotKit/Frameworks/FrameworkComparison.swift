import Platform
import LossFunctions

/// `eval --compare`: every framework that has the loss, its call, its value (or refusal) and its note.
struct FrameworkComparison {
    struct Row {
        let function: FrameworkFunction
        let value: Result<FrameworkArray, InputError>
        /// For a framework that has the loss under another name: how its function is called instead.
        var convention: String?

        /// What the table says of the function: its own note, or the convention it was called with.
        var note: String { convention.map { "no such name; " + $0 } ?? function.note }
    }

    let loss: String
    let rows: [Row]
    /// loss-plot's own value without clipping, when its catalog has the loss.
    let exact: [Double]?
    /// Whether the rows are weighted by sample (the exact row is then the weighted mean).
    let weighted: Bool

    init(_ evaluation: FrameworkEvaluation, exact: [Double]?) throws {
        loss = evaluation.loss.name
        // Each framework's function of that name, or its one function for the loss under another name.
        rows = Framework.allCases.compactMap { framework in
            if let function = framework.function(for: evaluation.loss) {
                return Row(function: function, value: Result { try evaluation.value(of: function) }.mapError { $0 as? InputError ?? InputError("\($0)") })
            }
            guard let equivalent = framework.equivalent(to: evaluation.loss) else { return nil }
            return Row(function: equivalent.function, value: Result { try evaluation.value(of: equivalent) }.mapError { $0 as? InputError ?? InputError("\($0)") },
                       convention: equivalent.convention)
        }
        guard !rows.isEmpty else { throw InputError("--compare: no framework has '\(evaluation.loss)'") }
        self.exact = exact
        weighted = evaluation.options.sampleWeight != nil
    }

    /// The table as text: framework, value, call, note.
    var text: String {
        var lines = rows.map { row in
            let value = switch row.value {
            case .success(let array): Self.text(array)
            case .failure where weighted && row.function.weighting == nil: "takes no sample weight"
            case .failure(let error):
                // The framework's own message; the row already names the framework and its function.
                "refused: " + (error.description.components(separatedBy: " refuses these arrays: ").last ?? error.description)
            }
            return [row.function.framework.displayName, value, row.function.call, row.note]
        }
        if let exact {
            lines.append(["exact", exact.count == 1 ? ShortNumber.format(exact[0]) : "[" + exact.map(ShortNumber.format).joined(separator: ", ") + "]",
                          "loss-plot, no clipping", weighted ? "the weighted mean Σ wᵢ lᵢ / Σ wᵢ of the mathematical function" : "the mathematical function"])
        }
        let widths = (0..<3).map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { line in
            (0..<3).map { line[$0].padded(to: widths[$0]) }.joined(separator: "  ") + "  " + line[3]
        }.joined(separator: "\n")
    }

    /// The table as JSON; infinities and NaN as the strings "inf", "-inf" and "nan".
    var json: String {
        let entries = rows.map { row in
            var fields = ["\"framework\": \(DataExporter.jsonString(row.function.framework.rawValue))", "\"call\": \(DataExporter.jsonString(row.function.call))"]
            switch row.value {
            case .success(let array): fields += ["\"shape\": [\(array.shape.map(String.init).joined(separator: ", "))]", "\"value\": \(Self.json(array))"]
            case .failure(let error): fields.append("\"error\": \(DataExporter.jsonString(error.description))")
            }
            fields.append("\"note\": \(DataExporter.jsonString(row.note))")
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        let exactText = exact.map { $0.count == 1 ? DataExporter.jsonValue($0[0]) : DataExporter.jsonList($0) } ?? "null"
        return "{\n  \"loss\": \(DataExporter.jsonString(loss)),\n  \"frameworks\": [\n" + entries.joined(separator: ",\n") + "\n  ],\n  \"exact\": \(exactText)\n}"
    }

    static func text(_ array: FrameworkArray) -> String {
        nested(array.shape[...], array.values[...], ShortNumber.format)
    }

    static func json(_ array: FrameworkArray) -> String {
        nested(array.shape[...], array.values[...], DataExporter.jsonValue)
    }

    /// Values of `shape` as nested brackets, as numpy's tolist() nests them; a scalar bare.
    static func nested(_ shape: ArraySlice<Int>, _ values: ArraySlice<Double>, _ format: (Double) -> String) -> String {
        guard let length = shape.first else { return values.first.map(format) ?? "" }
        let inner = shape.dropFirst(), size = inner.reduce(1, *)
        let items = (0..<length).map { i in
            nested(inner, values[values.startIndex + i * size..<values.startIndex + (i + 1) * size], format)
        }
        return "[" + items.joined(separator: ", ") + "]"
    }}
