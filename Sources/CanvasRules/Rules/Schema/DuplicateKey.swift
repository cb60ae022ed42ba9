import CanvasKit

/// A key must not be written twice in the same mapping.
public struct DuplicateKey: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.duplicateKey

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "A key must not be written twice in the same mapping.",
            rationale: """
                YAML parsers disagree on which of two equal keys wins; the workbench keeps the first and reports the second, so nothing is silently lost.
                """,
            failing: [
                "format: 1\nid: a\nid: b\n",
                "partners:\n  - id: p\n    role: one\n    role: two\n",
            ],
            passing: [
                "format: 1\nid: a\n",
            ])
    }
}
