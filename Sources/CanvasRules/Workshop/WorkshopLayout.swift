import CanvasKit
import Foundation

/// The files of a prepared workshop: the workshop file and one draft starter canvas per table.
///
/// The one place that lays out a workshop: `sdw workshop new` writes these files, and the server
/// calls the same ``lay(_:catalog:currency:)`` when a facilitator creates a workshop in a page.
public struct WorkshopLayout: Sendable {
    /// One file to write.
    public struct File: Sendable, Equatable {
        /// Its name, relative to the workshop's folder (`workshop.yaml`, `group-05.yaml`).
        public var name: String
        /// Its YAML text.
        public var text: String
        /// The canvas id, or `nil` for the workshop file.
        public var canvasID: String?
        /// The table's number, or `nil` for the workshop file.
        public var group: Int?
    }

    /// The workshop file (`kind: workshop`).
    public var workshop: File
    /// One canvas per table, in table-number order.
    public var canvases: [File]

    /// Every file: the workshop file first.
    public var files: [File] { [workshop] + canvases }

    /// Lays out `plan`: each table's canvas is its plugin's starter (from `catalog`), or the
    /// generic starter for a table without a plugin, in the plan's language, with the id
    /// `WORKSHOP-group-N`, `workshop:` and `group:` set, `authors: [Група N]`, and its amounts in
    /// `currency`.
    public static func lay(_ plan: WorkshopPlan, catalog: PluginCatalog, currency: String) throws(WorkshopLayoutError) -> WorkshopLayout {
        try check(plan, catalog: catalog, currency: currency)
        let width = max(2, String(plan.tables.map(\.number).max() ?? 0).count)
        var canvases: [File] = []
        for table in plan.tables.sorted(by: { $0.number < $1.number }) {
            let template = table.plugin.flatMap { catalog.plugin(id: $0)?.starter } ?? GenericStarter.text
            let id = "\(plan.id)-group-\(table.number)"
            let settings = StarterSettings(id: id, workshop: plan.id, group: table.number,
                                           authors: [StarterSettings.tableAuthor(table.number, plan.language)],
                                           currency: currency, theme: table.theme)
            let number = String(repeating: "0", count: max(0, width - String(table.number).count)) + String(table.number)
            canvases.append(File(name: "group-\(number).yaml",
                                 text: StarterTemplate(template).render(plan.language, settings: settings),
                                 canvasID: id, group: table.number))
        }
        return WorkshopLayout(workshop: File(name: "workshop.yaml", text: workshopText(plan), canvasID: nil, group: nil),
                              canvases: canvases)
    }

    /// Refuses a plan whose files would not load or would clash.
    static func check(_ plan: WorkshopPlan, catalog: PluginCatalog, currency: String) throws(WorkshopLayoutError) {
        guard CanvasID.isValid(plan.id) else { throw .invalidID(plan.id) }
        guard !plan.title.trimmingCharacters(in: .whitespaces).isEmpty else { throw .noTitle }
        guard !plan.tables.isEmpty else { throw .noTables }
        guard CurrencyCode.isValid(currency) else { throw .invalidCurrency(currency) }
        if let when = plan.when, When(when) == nil { throw .invalidWhen(when) }
        var seen = Set<Int>()
        for table in plan.tables {
            guard table.number >= 1 else { throw .invalidTableNumber(table.number) }
            guard seen.insert(table.number).inserted else { throw .duplicateTable(table.number) }
            guard let plugin = table.plugin else { continue }
            guard let found = catalog.plugin(id: plugin) else {
                throw .unknownPlugin(plugin, table: table.number, suggestion: Suggestion.nearest(to: plugin, in: catalog.plugins.map(\.id)))
            }
            guard found.starter != nil else { throw .pluginWithoutStarter(plugin) }
        }
    }

    /// The workshop file of `plan`; every text is a double-quoted YAML scalar.
    static func workshopText(_ plan: WorkshopPlan) -> String {
        let q = JSONValue.quoted
        var lines = ["format: 1", "kind: workshop", "id: \(plan.id)", "title: \(q(plan.title))",
                     "language: \(plan.language.rawValue)"]
        if let when = plan.when { lines.append("when: \(q(when))") }
        if let place = plan.place { lines.append("place: \(q(place))") }
        func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(key):")
            lines += values.map { "  - \(q($0))" }
        }
        list("organisers", plan.organisers)
        list("facilitators", plan.facilitators)
        if let participants = plan.participants { lines.append("participants: \(participants)") }
        lines.append("groups:")
        for table in plan.tables.sorted(by: { $0.number < $1.number }) {
            var fields = ["number: \(table.number)"]
            if let plugin = table.plugin { fields.append("plugin: \(plugin)") }
            if let theme = table.theme { fields.append("theme: \(q(theme))") }
            lines.append("  - {\(fields.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Why a workshop could not be laid out.
public enum WorkshopLayoutError: Error, Equatable, CustomStringConvertible {
    case invalidID(String)
    case noTitle
    case noTables
    case invalidCurrency(String)
    case invalidWhen(String)
    case invalidTableNumber(Int)
    case duplicateTable(Int)
    case unknownPlugin(String, table: Int, suggestion: String?)
    case pluginWithoutStarter(String)

    public var description: String {
        switch self {
        case .invalidID(let id): "'\(id)' is not a valid workshop id: use a-z, 0-9 and hyphens, starting with a letter or digit"
        case .noTitle: "a workshop needs a title"
        case .noTables: "a workshop needs at least one table (--table NUMBER[:PLUGIN[:THEME]])"
        case .invalidCurrency(let code): "'\(code)' is not an ISO 4217 currency code (such as EUR, UAH, RUB, KZT)"
        case .invalidWhen(let when): "'\(when)' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or a range A..B"
        case .invalidTableNumber(let number): "table number \(number) is not 1 or more"
        case .duplicateTable(let number): "table \(number) is given twice"
        case .unknownPlugin(let id, let table, let suggestion):
            "table \(table): there is no plugin '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .pluginWithoutStarter(let id): "the plugin '\(id)' has no starter canvas (\(PluginReader.starterName))"
        }
    }
}
