import CanvasKit

/// The file must be one readable YAML document holding a mapping.
public struct InvalidYAML: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.invalidYAML

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "The file must be one readable YAML document holding a mapping.",
            rationale: """
                A canvas that cannot be read cannot be checked. This covers YAML syntax errors, an empty file, a document that is not a mapping, several documents in one file, text that is not UTF-8, NUL bytes, unsupported tags, and input past the size, nesting and alias limits.
                """,
            failing: [
                "format: 1\nid: [unclosed\n",
                "",
                "- just\n- a list\n",
                "format: 1\n---\nformat: 1\n",
                "format: 1\ntitle: Курс: основи\n",
                "target_group:\n    name: Seniors\n  size: 20\n",
                "target_group:\n\tname: Seniors\n",
                "format: 1\ntitle: \"open\n",
            ],
            passing: [
                "format: 1\nid: closed\n",
            ])
    }
}
