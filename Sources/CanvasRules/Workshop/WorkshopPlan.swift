import CanvasKit
import Foundation

/// A workshop to prepare: what its file says, and the tables to lay out a canvas for.
///
/// Made from the command line's options (`sdw workshop new`), from a loaded workshop file
/// (``init(_:)``), or by the server from a page; ``WorkshopLayout/lay(_:catalog:currency:)``
/// turns it into files.
public struct WorkshopPlan: Sendable, Equatable {
    /// One table: its number, the theme it was given, and the plugin of its target group.
    public struct Table: Sendable, Equatable {
        /// The table's number (`group:` of its canvas), 1 or more.
        public var number: Int
        /// The theme, e.g. `Трайно безработни`.
        public var theme: String?
        /// The target-group plugin; `nil` for the generic starter.
        public var plugin: String?

        /// Creates a table.
        public init(number: Int, theme: String? = nil, plugin: String? = nil) {
            self.number = number
            self.theme = theme
            self.plugin = plugin
        }
    }

    /// The workshop's id, which its canvases name in `workshop:`.
    public var id: String
    /// The meeting's title.
    public var title: String
    /// The language of the starter canvases and the report.
    public var language: Language
    /// When, as a period or range (`2012-05-17..2012-05-18`).
    public var when: String?
    /// Where.
    public var place: String?
    /// The hosting libraries.
    public var organisers: [String]
    /// Who leads the exercises.
    public var facilitators: [String]
    /// How many take part.
    public var participants: Int?
    /// The tables, in the order given.
    public var tables: [Table]

    /// Creates a plan.
    public init(id: String, title: String, language: Language, when: String? = nil, place: String? = nil,
                organisers: [String] = [], facilitators: [String] = [], participants: Int? = nil, tables: [Table]) {
        self.id = id
        self.title = title
        self.language = language
        self.when = when
        self.place = place
        self.organisers = organisers
        self.facilitators = facilitators
        self.participants = participants
        self.tables = tables
    }

    /// The plan of a loaded workshop file: its fields and its `groups:` as tables.
    public init(_ workshop: Workshop) {
        self.init(id: workshop.id ?? "", title: workshop.title ?? "", language: workshop.language,
                  when: workshop.when?.description, place: workshop.place, organisers: workshop.organisers,
                  facilitators: workshop.facilitators, participants: workshop.participants,
                  tables: workshop.groups.compactMap { group in
                      group.number.map { Table(number: $0, theme: group.theme, plugin: group.plugin) }
                  })
    }

    /// Reads a table from the command line's `NUMBER[:PLUGIN[:THEME]]` (`5:unemployed:Трайно
    /// безработни`, `1::Бизнес – туристически услуги`, `3`); the theme may hold colons.
    public static func table(_ text: String) -> Table? {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard let number = Int(parts[0].trimmingCharacters(in: .whitespaces)) else { return nil }
        func part(_ index: Int) -> String? {
            guard parts.count > index else { return nil }
            let value = parts[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        return Table(number: number, theme: part(2), plugin: part(1))
    }
}
