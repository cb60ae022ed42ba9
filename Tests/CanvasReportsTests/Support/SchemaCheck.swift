import Foundation

/// A small JSON Schema checker for the keywords `Schemas/lint-result.schema.json` uses: `type`
/// (one or a list), `required`, `properties`, `additionalProperties: false`, `items`, `enum`,
/// `const`, `minimum` and `pattern`. It returns every violation with its JSON path.
enum SchemaCheck {
    /// The violations of `value` (from `JSONSerialization`) against `schema`.
    static func violations(of value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        var problems: [String] = []
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
           !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path): expected \(types.joined(separator: " or ")), found \(type(of: value))"]
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { equal($0, value) }) {
            problems.append("\(path): \(value) is not one of \(allowed)")
        }
        if let constant = schema["const"], !equal(constant, value) {
            problems.append("\(path): \(value) is not \(constant)")
        }
        if let minimum = schema["minimum"] as? Int, let number = value as? Int, number < minimum {
            problems.append("\(path): \(number) is below \(minimum)")
        }
        if let pattern = schema["pattern"] as? String, let string = value as? String,
           string.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): '\(string)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing required key '\(key)'")
            }
            for (key, child) in object {
                if let childSchema = properties[key] as? [String: Any] {
                    problems += violations(of: child, against: childSchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): key '\(key)' is not in the schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                problems += violations(of: element, against: items, at: "\(path)[\(index)]")
            }
        }
        return problems
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": value is Int
        case "number": value is Int || value is Double
        case "boolean": value is Bool
        case "null": value is NSNull
        default: false
        }
    }

    private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        (lhs as? NSObject)?.isEqual(rhs) ?? false
    }
}
