/// A problem the loader found while reading a file against format 1.
///
/// Each kind is reported by the schema rule of the same id in CanvasRules, which carries
/// its documentation and examples.
public struct SchemaIssue: Hashable, Sendable {
    /// The kinds of schema problem; the raw value is the rule id.
    public enum Kind: String, CaseIterable, Sendable {
        case invalidYAML = "invalid-yaml"
        case duplicateKey = "duplicate-key"
        case unknownKey = "unknown-key"
        case missingSection = "missing-section"
        case emptySection = "empty-section"
        case missingField = "missing-field"
        case wrongType = "wrong-type"
        case invalidValue = "invalid-value"
        case invalidID = "invalid-id"
        case invalidCurrency = "invalid-currency"
        case negativeAmount = "negative-amount"
        case invalidWhen = "invalid-when"
        case reversedRange = "reversed-range"
        case unsupportedFormat = "unsupported-format"
    }

    /// What kind of problem.
    public var kind: Kind
    /// The message template.
    public var message: LocalizedText
    /// Values for the template's placeholders.
    public var arguments: [String: String]
    /// Where; `nil` for a problem with the whole file.
    public var location: SourceLocation?
    /// Where in the canvas, e.g. `partners[dbt].type`.
    public var path: String

    /// Creates an issue; the loader's own phrases among the arguments (`where`, `expected`, `found`)
    /// are written into the message in every language.
    public init(_ kind: Kind, _ message: LocalizedText, _ arguments: [String: String] = [:],
                at location: SourceLocation?, path: String) {
        self.kind = kind
        (self.message, self.arguments) = SchemaPhrases.localized(message, arguments)
        self.location = location
        self.path = path
    }
}
