/// Figures over the visible canvases of a store, for `sdw stats`.
public struct StoreStats: Sendable, Equatable {
    /// A value and how often it occurs.
    public struct Count: Sendable, Equatable {
        /// The value (a plugin, status, partner name, rule id...).
        public var value: String
        /// How many.
        public var count: Int
    }

    /// The budget of one currency: the sum of resource costs, and the part of it still missing.
    public struct Budget: Sendable, Equatable {
        /// ISO 4217 code.
        public var currency: String
        /// The sum of every resource's cost.
        public var total: Double
        /// The sum of the costs of resources marked `available: false`.
        public var missing: Double
        /// How many canvases have costs in this currency.
        public var canvases: Int
    }

    /// Visible canvases.
    public var canvases: Int
    /// Hidden canvases (not counted anywhere else).
    public var hidden: Int
    /// Canvases per target-group plugin (`(none)` when they name none).
    public var byPlugin: [Count]
    /// Canvases per status.
    public var byStatus: [Count]
    /// Canvases per language.
    public var byLanguage: [Count]
    /// Partner names by the number of canvases they appear in, most first.
    public var topPartners: [Count]
    /// Budget totals per currency.
    public var budgets: [Budget]
    /// Rule ids by the number of findings in latest revisions, most first.
    public var topFindings: [Count]

    /// The figures as text, one block per question.
    public var text: String {
        var out = "canvases: \(canvases)" + (hidden > 0 ? " (and \(hidden) hidden)" : "") + "\n"
        func block(_ title: String, _ counts: [Count]) {
            guard !counts.isEmpty else { return }
            out += "\n\(title)\n"
            var table = TextTable(indent: "  ")
            for count in counts { table.append(String(count.count), count.value) }
            out += table.text
        }
        block("by target group (plugin)", byPlugin)
        block("by status", byStatus)
        block("by language", byLanguage)
        block("partners in most canvases", topPartners)
        if !budgets.isEmpty {
            out += "\nbudget totals per currency (resource costs)\n"
            var table = TextTable(indent: "  ")
            for budget in budgets {
                table.append(budget.currency, TextTable.amount(budget.total),
                             "of which missing \(TextTable.amount(budget.missing))",
                             "in \(budget.canvases) canvas\(budget.canvases == 1 ? "" : "es")")
            }
            out += table.text
        }
        block("most frequent findings", topFindings)
        return out
    }
}
