import CanvasKit

/// Ids are slugs: lower-case Latin letters, digits and hyphens.
public struct InvalidID: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.invalidID

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Ids are slugs: lower-case Latin letters, digits and hyphens.",
            rationale: """
                Ids are how activities name needs, partners and resources, and how a store finds a canvas; slugs survive every tool and URL.
                """,
            failing: [
                "id: Seniors Online\n",
                "needs:\n  - id: -skills\n    text: t\n",
            ],
            passing: [
                "id: seniors-online\n",
            ])
    }
}
