import CanvasKit

/// Closed-list fields (language, status, kind, type, evidence) take one of their listed values.
public struct InvalidValue: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.invalidValue

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Closed-list fields (language, status, kind, type, evidence) take one of their listed values.",
            rationale: """
                Reports, statistics and plugins rely on these values; a near miss gets a suggestion of the nearest allowed value.
                """,
            failing: [
                "language: bulgarian\n",
                "partners:\n  - id: p\n    name: P\n    type: goverment\n",
            ],
            passing: [
                "language: bg\n",
                "partners:\n  - id: p\n    name: P\n    type: government\n",
            ])
    }
}
