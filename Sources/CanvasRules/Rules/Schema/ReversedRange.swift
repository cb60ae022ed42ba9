import CanvasKit

/// A range A..B must not end before it starts.
public struct ReversedRange: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.reversedRange

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "A range A..B must not end before it starts.",
            rationale: """
                A reversed range is almost always two dates swapped; the timeline cannot draw it.
                """,
            failing: [
                "activities:\n  - id: a\n    name: Training\n    when: 2026-05..2026-03\n",
            ],
            passing: [
                "activities:\n  - id: a\n    name: Training\n    when: 2026-03..2026-05\n",
            ])
    }
}
