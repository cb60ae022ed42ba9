import Foundation

/// Serialises the dictionaries and arrays the JSON reporters build into deterministic text.
///
/// Written by hand rather than with `JSONSerialization` so the text is the same on every
/// platform: two-space indentation, `"key": value`, keys sorted by their Unicode scalars,
/// empty containers as `[]` and `{}`, non-ASCII characters unescaped.
enum JSONText {
    /// `value` as pretty-printed JSON and a final newline.
    ///
    /// Accepts strings, integers, booleans, `NSNull`, arrays and string-keyed dictionaries of
    /// those; the reporters build nothing else.
    static func render(_ value: Any) -> String {
        var out = ""
        write(value, indent: "", into: &out)
        return out + "\n"
    }

    private static func write(_ value: Any, indent: String, into out: inout String) {
        let inner = indent + "  "
        switch value {
        case let string as String:
            out += quoted(string)
        case let bool as Bool:
            out += bool ? "true" : "false"
        case let int as Int:
            out += String(int)
        case is NSNull:
            out += "null"
        case let array as [Any]:
            guard !array.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in array.enumerated() {
                out += inner
                write(element, indent: inner, into: &out)
                out += index == array.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case let object as [String: Any]:
            guard !object.isEmpty else { out += "{}"; return }
            out += "{\n"
            let keys = object.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                out += inner + quoted(key) + ": "
                write(object[key]!, indent: inner, into: &out)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        default:
            preconditionFailure("a reporter built a value that is not JSON: \(type(of: value))")
        }
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
