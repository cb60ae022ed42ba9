import CanvasKit
import Foundation

/// Figures over many canvases: canvases per target group and status, partner types, partners that
/// recur across canvases, budgets per currency, and the most frequent findings, with bar charts.
public struct PortfolioReport: Sendable {
    /// A row of counts for one target group.
    public struct GroupRow: Sendable {
        /// The plugin id, or "(no plugin)".
        public var plugin: String
        /// Counts per status, in ``PortfolioReport/statuses`` order.
        public var counts: [String]
        /// All canvases of the group.
        public var total: Int
    }

    /// A name with a count.
    public struct CountRow: Sendable {
        /// What is counted.
        public var label: String
        /// How many.
        public var count: Int
        /// Details (canvases, severity); empty when none.
        public var detail: String
    }

    /// The sums for one currency.
    public struct BudgetRow: Sendable {
        /// The currency code.
        public var currency: String
        /// Canvases with a cost in it.
        public var canvases: Int
        /// Total cost.
        public var total: String
        /// Of which missing.
        public var missing: String
        /// Total economic effect.
        public var economic: String
    }

    /// How many findings of the most frequent rules are listed.
    public static let topFindings = 10

    /// Number of canvases.
    public var canvasCount: Int
    /// The status names, as column headings.
    public var statuses: [String]
    /// Canvases per target group.
    public var groups: [GroupRow]
    /// Partners per type, most first.
    public var partnerTypes: [CountRow]
    /// Partners named in more than one canvas.
    public var recurringPartners: [CountRow]
    /// Budgets per currency.
    public var budgets: [BudgetRow]
    /// The most frequent findings by rule.
    public var findings: [CountRow]
    /// Bar chart of canvases per target group.
    public var groupChart: String
    /// Bar chart of partner types.
    public var partnerTypeChart: String
    /// Bar chart of the most frequent findings.
    public var findingsChart: String

    /// Whether any partner recurs.
    public private(set) var hasRecurringPartners: Bool = false
    /// Whether any canvas has a cost.
    public private(set) var hasBudgets: Bool = false
    /// Whether there are findings.
    public private(set) var hasFindings: Bool = false

    /// Builds the figures of `items` in `labels.language`.
    public init(_ items: [ReportItem], labels: ReportLabels) {
        let language = labels.language
        let formatter = ReportFormatter(language: language)
        let figures = PortfolioFigures(items)
        canvasCount = figures.canvasCount
        statuses = CanvasStatus.allCases.map { ReportTerms.name(of: $0, in: language) }
        groups = figures.groups.map { group in
            GroupRow(plugin: group.plugin ?? labels["noPlugin"],
                     counts: CanvasStatus.allCases.map { String(group.statuses[$0] ?? 0) }, total: group.total)
        }
        groupChart = BarChart(title: labels["perTargetGroup"], bars: groups.map { .init(label: $0.plugin, value: $0.total) }).svg
        partnerTypes = figures.partnerTypes.map { CountRow(label: ReportTerms.name(of: $0.type, in: language), count: $0.count, detail: "") }
        partnerTypeChart = BarChart(title: labels["partnerTypes"], bars: partnerTypes.map { .init(label: $0.label, value: $0.count) },
                                    color: "#1e8449").svg
        recurringPartners = figures.recurring.map {
            CountRow(label: $0.name, count: $0.canvases.count, detail: $0.canvases.joined(separator: "; "))
        }
        budgets = figures.budgets.map { sum in
            BudgetRow(currency: sum.currency, canvases: sum.canvases, total: formatter.money(sum.cost, sum.currency),
                      missing: formatter.money(sum.missing, sum.currency), economic: formatter.money(sum.economic, sum.currency))
        }
        findings = figures.rules.prefix(Self.topFindings).map { rule in
            CountRow(label: rule.rule, count: rule.count,
                     detail: "\(ReportTerms.name(of: rule.severity, in: language)) · \(labels["canvases"]): \(rule.canvases)")
        }
        findingsChart = BarChart(title: labels["frequentFindings"], bars: findings.map { .init(label: $0.label, value: $0.count) },
                                 color: "#a04000").svg
        hasRecurringPartners = !recurringPartners.isEmpty
        hasBudgets = !budgets.isEmpty
        hasFindings = !findings.isEmpty
    }
}
