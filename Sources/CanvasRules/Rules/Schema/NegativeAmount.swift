import CanvasKit

/// Costs, values and targets are 0 or more.
public struct NegativeAmount: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.negativeAmount

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Costs, values and targets are 0 or more.",
            rationale: """
                A negative cost or target is a typing slip; savings are written as a positive economic effect.
                """,
            failing: [
                "resources:\n  - id: r\n    item: Leaflets\n    cost: -100\n    currency: BGN\n",
            ],
            passing: [
                "resources:\n  - id: r\n    item: Leaflets\n    cost: 100\n    currency: BGN\n",
            ])
    }
}
