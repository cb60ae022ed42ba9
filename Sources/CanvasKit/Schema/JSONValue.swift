/// A JSON value whose objects keep their keys in the order they were built, so that a
/// document written from it is byte-for-byte the same on every run and platform.
public indirect enum JSONValue: Sendable, Equatable {
    /// An object: members in order. Keys are expected to be unique.
    case object([Member])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null

    /// One key and value of an object.
    public struct Member: Sendable, Equatable {
        /// The key.
        public var key: String
        /// The value.
        public var value: JSONValue

        /// Creates a member.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key`, when this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    /// The object's keys in order; empty for anything else.
    public var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    /// The text, when this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The items, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The JSON text: two-space indentation and a final newline; arrays of scalars on one line
    /// unless `inlineScalarArrays` is false (then every element has its own line).
    public func rendered(inlineScalarArrays: Bool = true) -> String {
        var output = ""
        write(to: &output, indent: 0, inline: inlineScalarArrays)
        output += "\n"
        return output
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var output = ""
        writeString(text, to: &output)
        return output
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    private func write(to output: inout String, indent: Int, inline: Bool) {
        switch self {
        case .object(let members):
            Self.writeBlock(members, open: "{", close: "}", to: &output, indent: indent) { member, output in
                Self.writeString(member.key, to: &output)
                output += ": "
                member.value.write(to: &output, indent: indent + 2, inline: inline)
            }
        case .array(let items) where inline && items.allSatisfy(\.isScalar):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += ", " }
                item.write(to: &output, indent: indent, inline: inline)
            }
            output += "]"
        case .array(let items):
            Self.writeBlock(items, open: "[", close: "]", to: &output, indent: indent) { item, output in
                item.write(to: &output, indent: indent + 2, inline: inline)
            }
        case .string(let text):
            Self.writeString(text, to: &output)
        case .integer(let value):
            output += String(value)
        case .bool(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// Writes `elements` one per line between `open` and `close`, or `open close` when there are none.
    private static func writeBlock<Element>(
        _ elements: [Element], open: String, close: String, to output: inout String, indent: Int,
        _ writeElement: (Element, inout String) -> Void
    ) {
        guard !elements.isEmpty else {
            output += open + close
            return
        }
        let inner = String(repeating: " ", count: indent + 2)
        output += open + "\n"
        for (index, element) in elements.enumerated() {
            output += inner
            writeElement(element, &output)
            output += index == elements.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + close
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
