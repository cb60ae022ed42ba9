/// One key of a format-1 mapping as the JSON Schema describes it: its name, the kind of value
/// it holds, and what it means.
///
/// The kinds mirror what the decoder accepts, including what YAML-to-JSON tools make of a
/// plain scalar: `when: 2026` arrives as an integer, `id: 12` as an integer, `title: 2012` as
/// a number. Keys that are not required also accept `null`, which the decoder treats as absent.
struct SchemaField {
    /// The kind of value a key holds.
    enum Kind {
        /// Any scalar, read as the text it is written as.
        case text
        /// An id slug `[a-z0-9][a-z0-9-]*` of at most ``CanvasID/maxLength`` characters.
        case slug
        /// A whole number, optionally with a lower bound.
        case whole(minimum: Int?)
        /// A decimal amount, 0 or more.
        case amount
        /// `true` or `false`.
        case flag
        /// A `when` period or range.
        case period
        /// An ISO 4217 currency code.
        case currency
        /// One of a closed list of strings.
        case choice([String])
        /// Exactly this value.
        case constant(JSONValue)
        /// A list of texts.
        case textList
        /// A list of ids of items in other sections.
        case idList
        /// A mapping described in `$defs`.
        case mapping(String)
        /// A list of mappings described in `$defs`; when required, it must not be empty.
        case list(String)
    }

    /// The key.
    let name: String
    /// What it holds.
    let kind: Kind
    /// What it means (canvas-format.md), shown by editors on hover.
    let description: String
    /// Typical values offered for completion, when the set is open.
    var examples: [String] = []

    /// The `when` grammar: a period `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Qn`, or a range `A..B`.
    static let periodPattern: String = {
        let period = "[0-9]{4}(-(Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?))?"
        return "^\\s*\(period)(\\s*\\.\\.\\s*\(period))?\\s*$"
    }()

    /// The id grammar, with its length (``CanvasID``).
    static let slugPattern = "^[a-z0-9][a-z0-9-]{0,\(CanvasID.maxLength - 1)}$"

    /// The schema of this key; `required` keys must be present with a non-empty value.
    func schema(required: Bool) -> JSONValue {
        var members = [JSONValue.Member("description", .string(description))]
        members += body(required: required)
        if !examples.isEmpty {
            members.append(.init("examples", .array(examples.map(JSONValue.string))))
        }
        return .object(members)
    }

    private func body(required: Bool) -> [JSONValue.Member] {
        func types(_ names: String...) -> JSONValue.Member {
            .init("type", .array((names + (required ? [] : ["null"])).map(JSONValue.string)))
        }
        let nonEmptyText: [JSONValue.Member] = required ? [.init("minLength", .integer(1)), .init("pattern", .string("\\S"))] : []
        switch kind {
        case .text:
            return [types("string", "number", "boolean")] + nonEmptyText
        case .slug:
            return [types("string", "integer"), .init("pattern", .string(Self.slugPattern)), .init("minimum", .integer(0))]
        case .whole(let minimum):
            return [types("integer")] + (minimum.map { [.init("minimum", .integer($0))] } ?? [])
        case .amount:
            return [types("number"), .init("minimum", .integer(0))]
        case .flag:
            return [types("boolean")]
        case .period:
            return [types("string", "integer"), .init("pattern", .string(Self.periodPattern)),
                    .init("minimum", .integer(1000)), .init("maximum", .integer(9999))]
        case .currency:
            return [.init("enum", .array(CurrencyCode.all.map(JSONValue.string) + (required ? [] : [.null])))]
        case .choice(let values):
            return [.init("enum", .array(values.map(JSONValue.string) + (required ? [] : [.null])))]
        case .constant(let value):
            return [.init("const", value)]
        case .textList:
            return [types("array"), .init("items", .object([.init("type", .array(["string", "number", "boolean"].map(JSONValue.string)))]))]
        case .idList:
            return [types("array"), .init("items", .object([.init("type", .array(["string", "integer"].map(JSONValue.string)))]))]
        case .mapping(let name):
            return [.init("$ref", .string("#/$defs/\(name)"))]
        case .list(let name):
            let items = JSONValue.Member("items", .object([.init("$ref", .string("#/$defs/\(name)"))]))
            return required ? [types("array"), .init("minItems", .integer(1)), items] : [types("array"), items]
        }
    }
}
