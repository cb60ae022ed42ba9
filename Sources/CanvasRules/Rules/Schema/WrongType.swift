import CanvasKit

/// Each value must have the type format 1 gives it.
public struct WrongType: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.wrongType

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Each value must have the type format 1 gives it.",
            rationale: """
                Values are typed by the format, not guessed: a size is a whole number, available is true or false, a section is a list or a mapping.
                """,
            failing: [
                "target_group:\n  name: Seniors\n  size: many\n",
                "resources:\n  - id: r\n    item: Room\n    available: no\n",
                "needs: ict-skills\n",
                "resources:\n  - id: r\n    item: Room\n    cost: 1 500 лв.\n",
                "resources:\n  - id: r\n    item: Room\n    cost: 120000,50\n",
            ],
            passing: [
                "target_group:\n  name: Seniors\n  size: 20\n",
                "title: no\n",
            ])
    }
}
