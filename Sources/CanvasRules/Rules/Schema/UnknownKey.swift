import CanvasKit

/// Every key must be one format 1 defines, or start with x-.
public struct UnknownKey: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.unknownKey

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Every key must be one format 1 defines, or start with x-.",
            rationale: """
                A misspelt key (titel, partner) would otherwise be ignored and its content lost. Extensions that users need are allowed under keys that start with x-.
                """,
            failing: [
                "format: 1\ntitel: Help\n",
                "partners:\n  - id: p\n    nmae: Club\n",
                "resources:\n  - {id: bus, item: Автобус, транспорт}\n",
            ],
            passing: [
                "format: 1\ntitle: Help\nx-notes: kept as an extension\n",
            ])
    }
}
