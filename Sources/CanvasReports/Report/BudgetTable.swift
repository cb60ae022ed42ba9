import CanvasKit

/// The budget of a canvas as a report shows it: one row per resource, then totals per currency.
public struct BudgetTable: Sendable {
    /// One resource.
    public struct Row: Sendable {
        /// 1-based position.
        public var number: Int
        /// What it is.
        public var item: String
        /// Its kind, in words.
        public var kind: String
        /// Its cost with currency, or a dash.
        public var cost: String
        /// Whether it is missing (`available: false`, Липсващи ресурси).
        public var missing: Bool
        /// "yes" or "missing", in words.
        public var availability: String
    }

    /// The sums for one currency.
    public struct Total: Sendable {
        /// The currency code.
        public var currency: String
        /// The cost of every resource in it.
        public var total: String
        /// The cost of the missing ones.
        public var missing: String
        /// Whether anything is missing.
        public var hasMissing: Bool
    }

    /// The resources, in canvas order.
    public var rows: [Row]
    /// The totals, one per currency.
    public var totals: [Total]
    /// Whether there are resources.
    public private(set) var hasRows: Bool = false
    /// Whether any resource has a cost.
    public private(set) var hasTotals: Bool = false

    /// Builds the table of `canvas`'s resources.
    public init(_ canvas: Canvas, figures: CanvasFigures, formatter: ReportFormatter, labels: ReportLabels) {
        let language = formatter.language
        rows = (canvas.resources ?? []).enumerated().map { index, resource in
            Row(number: index + 1,
                item: resource.item ?? resource.id ?? labels["none"],
                kind: resource.kind.map { ReportTerms.name(of: $0, in: language) } ?? labels["none"],
                cost: resource.cost.map { formatter.money($0, resource.currency) } ?? labels["none"],
                missing: !resource.available,
                availability: resource.available ? labels["available"] : labels["missing"])
        }
        totals = figures.costLines.map { line in
            Total(currency: line.currency,
                  total: formatter.money(line.cost, line.currency),
                  missing: formatter.money(line.missing, line.currency),
                  hasMissing: line.missing > 0)
        }
        hasRows = !rows.isEmpty
        hasTotals = !totals.isEmpty
    }
}
