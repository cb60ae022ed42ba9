import CanvasKit

/// A resource's cost carries a currency.
public struct CostWithoutCurrency: CanvasRule {
    /// Creates the rule.
    public init() {}

    static let message = LocalizedText(
        en: "the resource {resource} has a cost but no 'currency'",
        bg: "ресурсът {resource} има цена, но няма валута ('currency')",
        uk: "ресурс {resource} має вартість, але не має валюти ('currency')",
        ru: "у ресурса {resource} есть стоимость, но нет валюты ('currency')")

    public var description: RuleDescription {
        RuleDescription(
            id: "cost-without-currency", severity: .error, category: .budget,
            summary: "A cost carries an ISO 4217 currency.",
            rationale: "Budgets are totalled per currency; 100 of nothing cannot be added to anything.",
            failing: ["resources:\n  - id: leaflets\n    item: Leaflets\n    cost: 100\n"],
            passing: ["resources:\n  - id: leaflets\n    item: Leaflets\n    cost: 100\n    currency: BGN\n"])
    }

    public func check(_ canvas: Canvas, into findings: inout FindingCollector) {
        for (index, resource) in (canvas.resources ?? []).enumerated()
        where resource.cost != nil && resource.currency == nil && resource.fields.key("currency") == nil {
            findings.report(Self.message, ["resource": ItemLabel.name(id: resource.id, index: index)],
                            at: resource.fields.value("cost"),
                            path: ItemLabel.path("resources", id: resource.id, index: index) + ".cost")
        }
    }
}
