import CanvasKit

/// A section that is present must not be empty.
public struct EmptySection: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.emptySection

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "A section that is present must not be empty.",
            rationale: """
                An empty section is an unfinished diagram: the group at the table has not filled in that field yet.
                """,
            failing: [
                "needs: []\n",
                "partners:\n",
            ],
            passing: [
                "needs:\n  - id: n\n    text: A need\n",
            ])
    }
}
