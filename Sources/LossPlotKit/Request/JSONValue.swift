import Platform

/// Any JSON value, decoded to check a manifest's structure (its fields' names and kinds) before
/// the figures are decoded into their types.
enum JSONValue: Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case number(Double)
    case string(String)
    case bool(Bool)
    case null

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if let container = try? decoder.container(keyedBy: Key.self) {
            var fields: [String: JSONValue] = [:]
            for key in container.allKeys {
                fields[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
            }
            self = .object(fields)
        } else if var container = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !container.isAtEnd { items.append(try container.decode(JSONValue.self)) }
            self = .array(items)
        } else {
            let value = try decoder.singleValueContainer()
            if value.decodeNil() {
                self = .null
            } else if let bool = try? value.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? value.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try value.decode(String.self))
            }
        }
    }

    /// The fields of an object, else nil.
    var object: [String: JSONValue]? { if case .object(let fields) = self { fields } else { nil } }
    /// The items of an array, else nil.
    var array: [JSONValue]? { if case .array(let items) = self { items } else { nil } }
    /// A number, else nil.
    var number: Double? { if case .number(let value) = self { value } else { nil } }
}
