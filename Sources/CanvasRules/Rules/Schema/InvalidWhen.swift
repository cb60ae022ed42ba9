import CanvasKit

/// A when is YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, or a range A..B of those.
public struct InvalidWhen: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.invalidWhen

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "A when is YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, or a range A..B of those.",
            rationale: """
                The plan and its month-by-month timeline need dates a machine can read; free text such as spring cannot be placed on a calendar.
                """,
            failing: [
                "activities:\n  - id: a\n    name: Training\n    when: spring\n",
                "activities:\n  - id: a\n    name: Training\n    when: 2026-13\n",
                "activities:\n  - id: a\n    name: Training\n    when: 15.03.2026\n",
            ],
            passing: [
                "activities:\n  - id: a\n    name: Training\n    when: 2026-Q2\n",
                "activities:\n  - id: a\n    name: Training\n    when: 2026\n",
            ])
    }
}
