import CanvasKit

/// Reading a composed YAML tree, and writing YAML text that the canvas loader reads back as the
/// same values.
extension DocumentValue {
    /// The document of a YAML tree: plain `true`/`false` become booleans, plain canonical numbers
    /// numbers, nulls null, every other scalar a string as written. Duplicate keys keep their
    /// first value (the loader reports them).
    public init(yaml node: YAMLNode) {
        switch node.content {
        case .mapping(let pairs):
            var members: [Member] = []
            var seen = Set<String>()
            for pair in pairs {
                let key = pair.key.scalar ?? ""
                if seen.insert(key).inserted { members.append(Member(key, DocumentValue(yaml: pair.value))) }
            }
            self = .object(members)
        case .sequence(let items):
            self = .array(items.map { DocumentValue(yaml: $0) })
        case .scalar(let text, let plain):
            if node.isNull {
                self = .null
            } else if plain && node.tag == nil && (text == "true" || text == "false") {
                self = .bool(text == "true")
            } else if plain && node.tag == nil && Self.isCanonicalNumber(text[...]) {
                self = .number(text)
            } else {
                self = .string(text)
            }
        }
    }

    /// The value as a YAML document (block style, two-space indentation, a final newline).
    public var yamlText: String {
        var out = ""
        switch self {
        case .object(let members) where !members.isEmpty:
            Self.writeMembers(members, indent: "", to: &out)
        case .array(let items) where !items.isEmpty:
            Self.writeItems(items, indent: "", to: &out)
        default:
            out = inlineYAML + "\n"
        }
        return out
    }

    /// A scalar or empty collection on one line.
    private var inlineYAML: String {
        switch self {
        case .object: "{}"
        case .array: "[]"
        case .string(let text): Self.yamlScalar(text)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    private var isBlock: Bool {
        switch self {
        case .object(let members): !members.isEmpty
        case .array(let items): !items.isEmpty
        default: false
        }
    }

    /// Writes `members` at `indent`; with `continuingLine`, the first one goes on the current line
    /// (after a list item's dash).
    private static func writeMembers(_ members: [Member], indent: String, continuingLine: Bool = false,
                                     to out: inout String) {
        for (index, member) in members.enumerated() {
            out += (continuingLine && index == 0 ? "" : indent) + yamlScalar(member.key) + ":"
            write(member.value, indent: indent, to: &out)
        }
    }

    private static func writeItems(_ items: [DocumentValue], indent: String, to out: inout String) {
        for item in items {
            out += indent + "-"
            switch item {
            case .object(let members) where !members.isEmpty:
                // The first key on the dash's line, the others under it.
                out += " "
                writeMembers(members, indent: indent + "  ", continuingLine: true, to: &out)
            case .array(let inner) where !inner.isEmpty:
                out += "\n"
                writeItems(inner, indent: indent + "  ", to: &out)
            default:
                out += " " + item.inlineYAML + "\n"
            }
        }
    }

    /// Writes what follows `key:`: a scalar on the same line, a collection on the next lines.
    private static func write(_ value: DocumentValue, indent: String, to out: inout String) {
        guard value.isBlock else {
            out += " " + value.inlineYAML + "\n"
            return
        }
        out += "\n"
        switch value {
        case .object(let members): writeMembers(members, indent: indent + "  ", to: &out)
        case .array(let items): writeItems(items, indent: indent + "  ", to: &out)
        default: break
        }
    }

    /// `text` as a YAML scalar: plain when YAML reads it back as exactly this text and not as
    /// null, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quotedJSON(text)
    }

    /// Whether `text` can be written as a plain scalar and read back unchanged.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if ["null", "Null", "NULL", "~"].contains(text) { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        // Bare `true`/`false` are kept plain: the loader types them by the field, as a string
        // where a string is expected.
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{FEFF}" || scalar == "\u{85}"
                || scalar == "\u{2028}" || scalar == "\u{2029}" {
                return false
            }
        }
        return true
    }
}
