import CanvasKit
import Foundation

/// The raw figures over many canvases, shared by the portfolio report and its JSON form.
public struct PortfolioFigures: Sendable {
    /// Canvases of one target group (plugin).
    public struct Group: Sendable {
        /// The plugin id; `nil` for canvases without one.
        public var plugin: String?
        /// Canvases per status.
        public var statuses: [CanvasStatus: Int]
        /// All canvases of the group.
        public var total: Int
    }

    /// A partner named in more than one canvas.
    public struct Recurring: Sendable {
        /// The name as first written.
        public var name: String
        /// The canvases naming it (title, or id, or source).
        public var canvases: [String]
    }

    /// The sums for one currency.
    public struct Budget: Sendable {
        /// The currency code.
        public var currency: String
        /// Canvases with a cost in it.
        public var canvases: Int
        /// Total cost, cost of missing resources, and economic effect.
        public var cost: Decimal, missing: Decimal, economic: Decimal
    }

    /// How often a rule fired.
    public struct RuleCount: Sendable {
        /// The rule id.
        public var rule: String
        /// The highest severity it had.
        public var severity: Severity
        /// Findings.
        public var count: Int
        /// Canvases with at least one.
        public var canvases: Int
    }

    /// Number of canvases.
    public var canvasCount: Int
    /// Canvases per target group, by plugin id (canvases without a plugin last).
    public var groups: [Group]
    /// Partners per type, most first.
    public var partnerTypes: [(type: PartnerType, count: Int)]
    /// Partners in more than one canvas, most first.
    public var recurring: [Recurring]
    /// Budgets per currency, by code.
    public var budgets: [Budget]
    /// Findings per rule, most first.
    public var rules: [RuleCount]

    /// Counts over `items`.
    public init(_ items: [ReportItem]) {
        canvasCount = items.count
        let byPlugin = Dictionary(grouping: items, by: { $0.canvas.plugin ?? "" })
        groups = byPlugin.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { key in
            let members = byPlugin[key] ?? []
            var statuses: [CanvasStatus: Int] = [:]
            for member in members { statuses[member.canvas.status, default: 0] += 1 }
            return Group(plugin: key.isEmpty ? nil : key, statuses: statuses, total: members.count)
        }
        var types: [PartnerType: Int] = [:]
        var named: [String: Recurring] = [:]
        var budgets: [String: Budget] = [:]
        var rules: [String: (severity: Severity, count: Int, canvases: Set<String>)] = [:]
        for item in items {
            var seen = Set<String>()
            for partner in item.canvas.partners ?? [] {
                if let type = partner.type { types[type, default: 0] += 1 }
                guard let name = partner.name, !name.isEmpty else { continue }
                let key = Self.normalised(name)
                guard seen.insert(key).inserted else { continue }
                named[key, default: Recurring(name: name, canvases: [])].canvases.append(item.canvas.title ?? item.canvas.id ?? item.source)
            }
            for line in CanvasFigures(item.canvas).lines {
                var sum = budgets[line.currency] ?? Budget(currency: line.currency, canvases: 0, cost: 0, missing: 0, economic: 0)
                sum.canvases += line.cost > 0 ? 1 : 0
                sum.cost += line.cost
                sum.missing += line.missing
                sum.economic += line.economic
                budgets[line.currency] = sum
            }
            for finding in item.findings {
                var entry = rules[finding.ruleID] ?? (finding.severity, 0, [])
                entry.count += 1
                entry.severity = max(entry.severity, finding.severity)
                entry.canvases.insert(item.source)
                rules[finding.ruleID] = entry
            }
        }
        partnerTypes = types.map { ($0.key, $0.value) }.sorted { ($1.count, $0.type.rawValue) < ($0.count, $1.type.rawValue) }
        recurring = named.values.filter { $0.canvases.count > 1 }
            .sorted { ($1.canvases.count, $0.name) < ($0.canvases.count, $1.name) }
        self.budgets = budgets.keys.sorted().compactMap { budgets[$0] }
        self.rules = rules.map { RuleCount(rule: $0.key, severity: $0.value.severity, count: $0.value.count, canvases: $0.value.canvases.count) }
            .sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
    }

    /// A partner name compared across canvases: lower case, quotes dropped, spaces collapsed.
    static func normalised(_ name: String) -> String {
        let dropped = name.lowercased().filter { !"\"'„“”«»‚‘’".contains($0) }
        return dropped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
