import CanvasKit

/// Each of the nine sections of the smart diagram must be present.
public struct MissingSection: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.missingSection

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Each of the nine sections of the smart diagram must be present.",
            rationale: """
                The smart diagram is complete only with all nine fields: target group, needs, service, plan/resources, partners, information, activities, social and economic effect (seed 002).
                """,
            failing: [
                "format: 1\nid: a\ntitle: T\n",
                "effects:\n  social:\n    - text: Inclusion\n",
            ],
            passing: [
                "target_group: {name: Seniors}\nneeds: [{id: n, text: t}]\nservice: {name: S}\nresources: [{id: r, item: i}]\npartners: [{id: p, name: P}]\ninformation: [{channel: c}]\nactivities: [{id: a, name: A}]\neffects:\n  social: [{text: s}]\n  economic: [{text: e}]\n",
            ])
    }
}
