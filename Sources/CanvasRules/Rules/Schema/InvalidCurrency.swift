import CanvasKit

/// Currencies are ISO 4217 codes.
public struct InvalidCurrency: SchemaRule {
    /// Creates the rule.
    public init() {}

    public let kind = SchemaIssue.Kind.invalidCurrency

    public var description: RuleDescription {
        RuleDescription(
            id: kind.rawValue, severity: .error, category: .schema,
            summary: "Currencies are ISO 4217 codes.",
            rationale: """
                Budget totals are summed per currency; a code that is not ISO 4217 (lv, лв, bgn) cannot be totalled or converted.
                """,
            failing: [
                "resources:\n  - id: r\n    item: Leaflets\n    cost: 100\n    currency: лв\n",
                "resources:\n  - id: r\n    item: Leaflets\n    cost: 100\n    currency: bgn\n",
                "resources:\n  - id: r\n    item: Leaflets\n    cost: 100\n    currency: тенге\n",
            ],
            passing: [
                "resources:\n  - id: r\n    item: Leaflets\n    cost: 100\n    currency: BGN\n",
            ])
    }
}
