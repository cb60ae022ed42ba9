import CanvasKit

/// The plan of activities: a table like a library's work plan (activity, when, responsible,
/// partners, needs it answers) and a month-by-month timeline.
public struct ActivityPlan: Sendable {
    /// One activity in the table.
    public struct Row: Sendable {
        /// 1-based position.
        public var number: Int
        /// What is done.
        public var name: String
        /// When, in words.
        public var when: String
        /// Who is responsible.
        public var responsible: String
        /// The partners involved, by name.
        public var partners: String
        /// The needs it answers, in words.
        public var needs: String
        /// The resources it uses, by name (the "Resources" column of a library's work plan).
        public var resources: String
    }

    /// A month column of the timeline.
    public struct Month: Sendable {
        /// Short month name.
        public var label: String
        /// The full month and year, for tooltips and screen readers.
        public var title: String
    }

    /// A year spanning some month columns.
    public struct Year: Sendable {
        /// The year.
        public var label: String
        /// How many months of it are shown.
        public var span: Int
    }

    /// One activity in the timeline.
    public struct TimelineRow: Sendable {
        /// 1-based position, as in the table.
        public var number: Int
        /// What is done.
        public var name: String
        /// One cell per month column.
        public var cells: [Cell]
    }

    /// One month of one activity.
    public struct Cell: Sendable {
        /// Whether the activity runs that month.
        public var active: Bool
        /// Text for Markdown: a block when active, empty otherwise.
        public var mark: String

        init(active: Bool) {
            self.active = active
            mark = active ? "■" : " "
        }
    }

    /// The longest timeline drawn; a plan running longer is cut there with a note.
    public static let maxMonths = 24

    /// The activities, in canvas order.
    public var rows: [Row]
    /// The month columns.
    public var months: [Month]
    /// The years over the month columns.
    public var years: [Year]
    /// The timeline rows (activities with a `when`).
    public var timeline: [TimelineRow]
    /// A note when the timeline is cut; empty otherwise.
    public var truncatedNote: String
    /// Whether there are activities.
    public private(set) var hasRows = false
    /// Whether the timeline is cut.
    public private(set) var hasTruncatedNote = false
    /// Whether there is a timeline to draw.
    public private(set) var hasTimeline = false

    /// Builds the plan of `canvas`.
    public init(_ canvas: Canvas, formatter: ReportFormatter, labels: ReportLabels) {
        let none = labels["none"]
        let partnerNames = Dictionary((canvas.partners ?? []).compactMap { p in p.id.map { ($0, p.name ?? $0) } },
                                      uniquingKeysWith: { first, _ in first })
        let needTexts = Dictionary((canvas.needs ?? []).compactMap { n in n.id.map { ($0, n.text ?? $0) } },
                                   uniquingKeysWith: { first, _ in first })
        let resourceNames = Dictionary((canvas.resources ?? []).compactMap { r in r.id.map { ($0, r.item ?? $0) } },
                                       uniquingKeysWith: { first, _ in first })
        let activities = canvas.activities ?? []
        rows = activities.enumerated().map { index, activity in
            let partners = activity.partners.map { partnerNames[$0.value] ?? $0.value }
            let needs = activity.needs.map { needTexts[$0.value] ?? $0.value }
            let resources = activity.resources.map { resourceNames[$0.value] ?? $0.value }
            return Row(number: index + 1, name: activity.name ?? activity.id ?? none,
                       when: activity.when.map(formatter.when) ?? none,
                       responsible: activity.responsible ?? none,
                       partners: partners.isEmpty ? none : partners.joined(separator: "; "),
                       needs: needs.isEmpty ? none : needs.joined(separator: "; "),
                       resources: resources.isEmpty ? none : resources.joined(separator: "; "))
        }

        let spans = activities.map { $0.when?.months ?? [] }
        guard let first = spans.compactMap(\.first).min(), let last = spans.compactMap(\.last).max() else {
            months = []; years = []; timeline = []; truncatedNote = ""
            hasRows = !rows.isEmpty
            return
        }
        var columns: [YearMonth] = []
        var cursor = first
        while cursor <= last && columns.count < Self.maxMonths {
            columns.append(cursor)
            cursor = cursor.month == 12 ? YearMonth(year: cursor.year + 1, month: 1) : YearMonth(year: cursor.year, month: cursor.month + 1)
        }
        truncatedNote = cursor <= last ? labels.fill("timelineTruncated", ["n": String(Self.maxMonths)]) : ""
        months = columns.map { Month(label: formatter.monthShort($0.month), title: formatter.month($0)) }
        var years: [Year] = []
        for column in columns {
            if years.last?.label == String(column.year) { years[years.count - 1].span += 1 } else {
                years.append(Year(label: String(column.year), span: 1))
            }
        }
        self.years = years
        timeline = zip(activities.indices, activities).compactMap { index, activity in
            guard let span = activity.when?.months, !span.isEmpty else { return nil }
            let active = Set(span)
            return TimelineRow(number: index + 1, name: activity.name ?? activity.id ?? none,
                               cells: columns.map { Cell(active: active.contains($0)) })
        }
        hasRows = !rows.isEmpty
        hasTimeline = !months.isEmpty
        hasTruncatedNote = !truncatedNote.isEmpty
    }
}
