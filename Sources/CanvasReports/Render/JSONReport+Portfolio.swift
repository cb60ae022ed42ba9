import CanvasKit

extension JSONReport {
    /// The portfolio figures in JSON: counts, partner types, recurring partners, budgets and findings.
    struct PortfolioJSON: Encodable {
        struct Group: Encodable { let plugin: String?, statuses: [String: Int], total: Int }
        struct TypeCount: Encodable { let type: String, count: Int }
        struct Recurring: Encodable { let name: String, canvases: [String] }
        struct Budget: Encodable { let currency: String, canvases: Int, cost: String, missing: String, economic: String }
        struct RuleCount: Encodable { let rule: String, severity: String, count: Int, canvases: Int }

        let canvases: Int
        let targetGroups: [Group]
        let partnerTypes: [TypeCount]
        let recurringPartners: [Recurring]
        let budgets: [Budget]
        let findings: [RuleCount]

        init(_ items: [ReportItem]) {
            let figures = PortfolioFigures(items)
            canvases = figures.canvasCount
            targetGroups = figures.groups.map { group in
                Group(plugin: group.plugin,
                      statuses: Dictionary(uniqueKeysWithValues: group.statuses.map { ($0.key.rawValue, $0.value) }),
                      total: group.total)
            }
            partnerTypes = figures.partnerTypes.map { TypeCount(type: $0.type.rawValue, count: $0.count) }
            recurringPartners = figures.recurring.map { Recurring(name: $0.name, canvases: $0.canvases) }
            budgets = figures.budgets.map {
                Budget(currency: $0.currency, canvases: $0.canvases, cost: $0.cost.description, missing: $0.missing.description,
                       economic: $0.economic.description)
            }
            findings = figures.rules.map { RuleCount(rule: $0.rule, severity: $0.severity.rawValue, count: $0.count, canvases: $0.canvases) }
        }
    }
}
