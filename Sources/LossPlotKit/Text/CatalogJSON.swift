import LossFunctions

/// `loss-plot list --json`: the catalog for other programs, one object per loss. Infinite
/// parameter values are written as the strings "inf" and "-inf", as in manifests.
public enum CatalogJSON {
    /// What `loss-plot list --json` prints: one object per loss, properties included.
    public static func text() -> String {
        "[\n" + Catalog.all.map { "  " + object($0) }.joined(separator: ",\n") + "\n]\n"
    }

    /// One loss as a JSON object.
    static func object(_ loss: LossDefinition) -> String {
        let properties = loss.properties(loss.standardValues, LossDefaults.target(for: loss))
        let parameters = loss.parameters.map { (p: ParameterSpec) -> String in
            let values: String = p.figureValues.map(number).joined(separator: ", ")
            let head: String = "{\"name\": \(string(p.parameter.name)), \"flag\": \(string(p.parameter.flag)), "
            return head + "\"default\": [\(values)], \"standard\": \(number(p.standard)), \"range\": \(string(p.range.notation))}"
        }
        let fields: [(String, String)] = [
            ("name", string(loss.name)),
            ("aliases", "[" + loss.aliases.map(string).joined(separator: ", ") + "]"),
            ("family", string(loss.family.rawValue)),
            ("x", string(loss.x)),
            ("parameters", "[" + parameters.joined(separator: ", ") + "]"),
            ("formula", string(loss.formula)),
            ("domain", string(LossText.domain(loss))),
            ("properties", propertiesObject(properties)),
            ("derivatives", loss.derivativeNotes.map(string) ?? "null"),
            ("conventions", string(loss.conventions)),
            ("source", string(loss.source)),
            ("frameworks", "{" + Framework.having(loss).map { "\(string($0.framework.rawValue)): \(string($0.call))" }.joined(separator: ", ") + "}"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// The declared properties as a JSON object.
    static func propertiesObject(_ p: LossProperties) -> String {
        let fields: [(String, String)] = [
            ("convex", bool(p.convex)),
            ("strictlyConvex", bool(p.strictlyConvex)),
            ("lipschitz", p.lipschitz.map(number) ?? "null"),
            ("bounded", p.bounded.map(number) ?? "null"),
            ("differentiable", bool(p.differentiable)),
            ("twiceDifferentiable", bool(p.twiceDifferentiable)),
            ("symmetric", p.symmetric.map(bool) ?? "null"),
            ("classificationCalibrated", p.classificationCalibrated.map(bool) ?? "null"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String { DataExporter.jsonString(s) }

    /// A JSON boolean.
    static func bool(_ b: Bool) -> String { b ? "true" : "false" }

    /// A JSON number, or "inf" and "-inf" as strings.
    static func number(_ v: Double) -> String {
        v.isFinite ? "\(v)" : (v.isNaN ? "\"nan\"" : (v < 0 ? "\"-inf\"" : "\"inf\""))
    }
}
