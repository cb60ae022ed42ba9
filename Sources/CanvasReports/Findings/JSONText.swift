import CanvasKit
import Foundation

/// Serialises the dictionaries and arrays the JSON reporters build into deterministic text.
///
/// The reporters build plain dictionaries; this turns them into CanvasKit's ``JSONValue`` with
/// keys sorted by their Unicode scalars and writes that, one element per line, so the text is
/// the same on every platform (unlike `JSONSerialization`).
enum JSONText {
    /// `value` as pretty-printed JSON and a final newline.
    ///
    /// Accepts strings, integers, booleans, `NSNull`, arrays and string-keyed dictionaries of
    /// those; the reporters build nothing else.
    static func render(_ value: Any) -> String {
        json(value).rendered(inlineScalarArrays: false)
    }

    /// `value` as a ``JSONValue``, keys sorted as ``render(_:)`` sorts them.
    static func value(_ value: Any) -> JSONValue {
        json(value)
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        JSONValue.quoted(text)
    }

    private static func json(_ value: Any) -> JSONValue {
        switch value {
        case let string as String:
            return .string(string)
        case let bool as Bool:
            return .bool(bool)
        case let int as Int:
            return .integer(int)
        case is NSNull:
            return .null
        case let array as [Any]:
            return .array(array.map(json))
        case let object as [String: Any]:
            let keys = object.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            return .object(keys.map { JSONValue.Member($0, json(object[$0]!)) })
        default:
            preconditionFailure("a reporter built a value that is not JSON: \(type(of: value))")
        }
    }
}
