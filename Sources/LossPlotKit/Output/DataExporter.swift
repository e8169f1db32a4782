import LossFunctions
import Plotting

/// Writes a figure's numbers instead of its picture: every sample at full double precision.
struct DataExporter {
    let builder: FigureBuilder

    /// CSV: a header of labels, then x and one column per curve, then one per curve and derivative
    /// order (`d(NAME)/dx`, `d2(NAME)/dx2`).
    func writeCSV(_ out: BufferedWriter) throws {
        let orders = builder.spec.derivativeOrders
        try out.write(csvHeader)
        // Columns are evaluated chunk by chunk, so memory stays flat at any sample count.
        var start = 0
        let total = builder.sweep.count
        let progress = ProgressBar(total: total, label: "samples")
        defer { progress.finish() }
        while start < total {
            let n = min(SweepEvaluator.chunkSize, total - start)
            var columns: [[Double]] = []
            var firsts: [[Double]] = [], seconds: [[Double]] = []
            for resolved in builder.curves {
                var xs = [Double](repeating: 0, count: n), ys = xs, d1 = xs, d2 = xs
                for i in 0..<n { xs[i] = builder.sweep.x(start + i) }
                xs.withUnsafeBufferPointer { x in
                    ys.withUnsafeMutableBufferPointer { y in
                        d1.withUnsafeMutableBufferPointer { first in
                            d2.withUnsafeMutableBufferPointer { second in
                                resolved.evaluate(x, values: y, first: orders.contains(1) ? first : nil,
                                                  second: orders.contains(2) ? second : nil)
                            }
                        }
                    }
                }
                columns.append(ys)
                firsts.append(d1)
                seconds.append(d2)
            }
            var text = ""
            for i in 0..<n {
                text += ShortNumber.shortest(builder.sweep.x(start + i))
                for c in columns { text += "," + ShortNumber.shortest(c[i]) }
                for order in orders {
                    for d in order == 1 ? firsts : seconds { text += "," + ShortNumber.shortest(d[i]) }
                }
                text += "\n"
            }
            try out.write(text)
            start += n
            progress.update(start)
        }
    }

    /// The CSV file's first line: x, then a label per column.
    var csvHeader: String {
        var header = ["x"] + builder.curves.map { Self.csvField($0.label) }
        for order in builder.spec.derivativeOrders {
            header += builder.curves.map { Self.csvField(order == 1 ? "d(\($0.label))/dx" : "d2(\($0.label))/dx2") }
        }
        return header.joined(separator: ",") + "\n"
    }

    /// JSON: the sweep, and per curve its loss, parameters, label, values and derivatives (null where undefined).
    func writeJSON(_ out: BufferedWriter) throws {
        let orders = builder.spec.derivativeOrders
        let sweep = builder.sweep
        let progress = ProgressBar(total: sweep.count * (1 + builder.curves.count * (1 + orders.count)), label: "numbers")
        defer { progress.finish() }
        var counted = 0
        try out.write("{\n  \"name\": \(Self.jsonString(builder.spec.name)),\n")
        try out.write("  \"sweep\": {\"lower\": \(Self.jsonNumber(sweep.lower)), \"upper\": \(Self.jsonNumber(sweep.upper)), \"samples\": \(sweep.count)},\n")
        try out.write("  \"x\": ")
        try writeArray(out, progress, counted: &counted) { $0 }
        try out.write(",\n  \"curves\": [\n")
        for (index, resolved) in builder.curves.enumerated() {
            let loss = resolved.curve.definition
            var fields = ["\"label\": \(Self.jsonString(resolved.label))", "\"loss\": \(Self.jsonString(loss.name))"]
            for declared in loss.parameters {
                fields.append("\"\(declared.parameter.field)\": \(Self.jsonNumber(resolved.curve.parameters[declared.parameter]))")
            }
            switch resolved.curve.target {
            case .scalar(let t): fields.append("\"target\": \(Self.jsonNumber(t))")
            case .row(.classIndex(let k)): fields.append("\"target\": \(k)")
            case .row(.distribution(let q)): fields.append("\"distribution\": [\(q.map(Self.jsonNumber).joined(separator: ", "))]")
            }
            if resolved.factor != 1 { fields.append("\"factor\": \(Self.jsonNumber(resolved.factor))") }
            if loss.rowKernel != nil {
                fields.append("\"rest\": [\(resolved.curve.rest.map(Self.jsonNumber).joined(separator: ", "))]")
            }
            try out.write("    {" + fields.joined(separator: ", ") + ",\n      \"y\": ")
            try writeArray(out, progress, counted: &counted) { resolved.value(at: $0) }
            if orders.contains(1) {
                try out.write(",\n      \"dy\": ")
                try writeArray(out, progress, counted: &counted) { resolved.derivative(at: $0) }
            }
            if orders.contains(2) {
                try out.write(",\n      \"d2y\": ")
                try writeArray(out, progress, counted: &counted) { resolved.secondDerivative(at: $0) }
            }
            try out.write("}" + (index + 1 < builder.curves.count ? "," : "") + "\n")
        }
        try out.write("  ]\n}\n")
    }

    /// Writes one array of the sweep's length, adding its numbers to `counted` on `progress`.
    private func writeArray(_ out: BufferedWriter, _ progress: ProgressBar, counted: inout Int, _ f: (Double) -> Double) throws {
        try out.write("[")
        var text = ""
        for i in 0..<builder.sweep.count {
            if i > 0 { text += ", " }
            text += Self.jsonNumber(f(builder.sweep.x(i)))
            if text.utf8.count > 1 << 16 {
                try out.write(text)
                text = ""
                progress.update(counted + i + 1)
            }
        }
        try out.write(text + "]")
        counted += builder.sweep.count
        progress.update(counted)
    }

    /// A JSON number, or null where the value is not finite (JSON has no NaN); -0 is written 0.
    static func jsonNumber(_ v: Double) -> String {
        v.isFinite ? "\(v + 0)" : "null"
    }

    /// A JSON number, or for one that is not finite its name as a string ("inf", "-inf", "nan"),
    /// as `eval --compare --json` and `fit --out x.json` write them.
    static func jsonValue(_ v: Double) -> String {
        v.isFinite ? "\(v)" : jsonString("\(v)")
    }

    /// A JSON list of `values` (`jsonValue` each).
    static func jsonList(_ values: some Collection<Double>) -> String {
        "[" + values.map(jsonValue).joined(separator: ", ") + "]"
    }

    /// A surface's values as JSON lists, one per y row, joined by a line break and `indent`.
    static func jsonRows(_ surface: Surface, indent: String) -> String {
        (0..<surface.ys.count).map { j in
            jsonList(surface.values[(j * surface.xs.count)..<((j + 1) * surface.xs.count)])
        }.joined(separator: ",\n" + indent)
    }

    /// A surface's grid as CSV lines, y row by row: `prefix` (a label and a comma, or empty), x, y, value.
    static func csvGrid(_ surface: Surface, prefix: String) -> [String] {
        surface.ys.enumerated().flatMap { j, y in
            surface.xs.enumerated().map { i, x in "\(prefix)\(x),\(y),\(surface.value(i, j))" }
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format4: scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacing("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// A JSON \u escape of a control character.
    init(format4 value: UInt32) {
        let hex = String(value, radix: 16)
        self = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
