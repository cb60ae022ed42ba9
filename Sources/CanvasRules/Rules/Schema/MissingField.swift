import CanvasKit

/// Required fields (id, title, names, texts) must be present and not empty.
public struct MissingField: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.missingField

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Required fields (id, title, names, texts) must be present and not empty.",
            rationale: """
                Items without an id cannot be referenced by activities; items without a name or text say nothing.
                """,
            failing: [
                "format: 1\nid: a\n",
                "partners:\n  - id: club\n",
                "needs:\n  - id: n\n    text: \"\"\n",
            ],
            passing: [
                "format: 1\nid: a\ntitle: T\n",
            ])
    }
}
