import CanvasKit

/// A canvas document as the editor and the API see it: the YAML tree with its key order, scalars
/// typed only as far as JSON needs (a canonical number stays its exact text), so that YAML → JSON
/// → YAML keeps every field and value.
public indirect enum DocumentValue: Sendable, Equatable {
    /// A mapping: keys in order.
    case object([Member])
    /// A sequence.
    case array([DocumentValue])
    /// A string.
    case string(String)
    /// A number, as its exact decimal text (`1500`, `12.50`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`, or an empty YAML value.
    case null

    /// One key and value of an object.
    public struct Member: Sendable, Equatable {
        /// The key.
        public var key: String
        /// The value.
        public var value: DocumentValue

        /// Creates a member.
        public init(_ key: String, _ value: DocumentValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key`, when this is an object that has it.
    public subscript(key: String) -> DocumentValue? {
        guard case .object(let members) = self else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    /// The members, when this is an object.
    public var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The items, when this is an array.
    public var items: [DocumentValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The text of a string or a number.
    public var text: String? {
        switch self {
        case .string(let text), .number(let text): text
        default: nil
        }
    }

    /// The same value built from a ``JSONValue`` (what the reporters produce).
    public init(_ json: JSONValue) {
        switch json {
        case .object(let members): self = .object(members.map { Member($0.key, DocumentValue($0.value)) })
        case .array(let items): self = .array(items.map(DocumentValue.init))
        case .string(let text): self = .string(text)
        case .integer(let number): self = .number(String(number))
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        }
    }

    /// Whether `text` is a number as JSON writes it and YAML reads it plainly: an optional minus,
    /// digits without a leading zero, and an optional fraction.
    static func isCanonicalNumber(_ text: Substring) -> Bool {
        var rest = text.utf8[...]
        if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count == 1 || digits.first != 0x30 else { return false }
        rest = rest.dropFirst(digits.count)
        if rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: ".") else { return false }
        let fraction = rest.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
