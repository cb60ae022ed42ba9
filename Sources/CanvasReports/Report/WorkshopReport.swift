import CanvasKit

/// The title page and table of contents of a workshop report (the Velingrad report, generated).
public struct WorkshopReport: Sendable {
    /// A label and a value of the title page.
    public struct Fact: Sendable {
        /// What it is.
        public var label: String
        /// Its value.
        public var value: String
    }

    /// One line of the table of contents.
    public struct Entry: Sendable {
        /// `Група 4`, or empty for a canvas without a group number.
        public var group: String
        /// The theme the table was given (from the workshop file); empty when none.
        public var theme: String
        /// The canvas title, or "no canvas" for a planned group that has none.
        public var title: String
        /// The link target; empty for a group without a canvas.
        public var anchor: String
        /// Whether the group has a canvas in the report.
        public var hasCanvas: Bool
        /// Whether a theme is known.
        public var hasTheme: Bool
    }

    /// The workshop's title.
    public var title: String
    /// When and where, the number of groups, participants, organisers, facilitators.
    public var facts: [Fact]
    /// The table of contents, in group order.
    public var entries: [Entry]

    /// Builds the title page of `workshop` for `canvases` (already in group order, with their anchors).
    public init(_ workshop: Workshop, canvases: [(canvas: Canvas, anchor: String)], labels: ReportLabels) {
        let formatter = ReportFormatter(language: labels.language)
        title = workshop.title ?? workshop.id ?? ""
        var facts: [Fact] = []
        func fact(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { facts.append(Fact(label: labels[key], value: value)) }
        }
        fact("date", workshop.when.map(formatter.when))
        fact("place", workshop.place)
        let numbers = Set(workshop.groups.compactMap(\.number)).union(canvases.compactMap(\.canvas.group))
        fact("groups", formatter.integer(max(numbers.count, canvases.count)))
        fact("participants", workshop.participants.map(formatter.integer))
        fact("organisers", workshop.organisers.joined(separator: "; "))
        fact("facilitators", workshop.facilitators.joined(separator: "; "))
        self.facts = facts

        let themes = Dictionary(workshop.groups.compactMap { g in g.number.map { ($0, g.theme ?? "") } },
                                uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = []
        var listed = Set<Int>()
        for (canvas, anchor) in canvases {
            if let group = canvas.group {
                for planned in themes.keys.sorted() where planned < group && !listed.contains(planned) {
                    entries.append(Entry(group: "\(labels["group"]) \(planned)", theme: themes[planned] ?? "",
                                         title: labels["noCanvas"], anchor: "", hasCanvas: false, hasTheme: themes[planned]?.isEmpty == false))
                    listed.insert(planned)
                }
                listed.insert(group)
            }
            entries.append(Entry(group: canvas.group.map { "\(labels["group"]) \($0)" } ?? "",
                                 theme: canvas.group.flatMap { themes[$0] } ?? "",
                                 title: canvas.title ?? canvas.id ?? "", anchor: anchor, hasCanvas: true,
                                 hasTheme: canvas.group.flatMap { themes[$0] }?.isEmpty == false))
        }
        for planned in themes.keys.sorted() where !listed.contains(planned) {
            entries.append(Entry(group: "\(labels["group"]) \(planned)", theme: themes[planned] ?? "",
                                 title: labels["noCanvas"], anchor: "", hasCanvas: false, hasTheme: themes[planned]?.isEmpty == false))
        }
        self.entries = entries
    }
}
