import CanvasKit

/// The format number must be 1.
public struct UnsupportedFormat: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.unsupportedFormat

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "The format number must be 1.",
            rationale: """
                The format number says which rules the file was written for; a file of another format needs another version of sdw.
                """,
            failing: [
                "format: 2\n",
            ],
            passing: [
                "format: 1\n",
            ])
    }
}
