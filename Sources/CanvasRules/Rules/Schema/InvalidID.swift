import CanvasKit

/// Ids are slugs: lower-case Latin letters, digits and hyphens, at most 64 characters.
public struct InvalidID: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.invalidID

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Ids are slugs: lower-case Latin letters, digits and hyphens, at most \(CanvasID.maxLength) characters.",
            rationale: """
                Ids are how activities name needs, partners and resources, how a store finds a canvas and how an export names its file; slugs survive every tool and URL. `sdw add` refuses a canvas with a bad id even with --allow-errors.
                """,
            failing: [
                "id: Seniors Online\n",
                "needs:\n  - id: -skills\n    text: t\n",
                "id: \(String(repeating: "a", count: CanvasID.maxLength + 1))\n",
            ],
            passing: [
                "id: seniors-online\n",
            ])
    }
}
