import CanvasKit
import CanvasReports
import CanvasRules
import CanvasStore
import Foundation
import Hummingbird

/// `/`: the store's canvases with filters and full-text search; `POST /canvases`: a new canvas
/// from a plugin's starter or the generic one (a plain form, so it works without script).
struct ListPage: Sendable {
    let parts: ServerParts
    let pages: PageRenderer

    func register(on router: Router<ServerContext>) {
        router.get("/") { request, context in try await list(request, context) }
        router.post("canvases") { request, context in try await create(request, context) }
    }

    func list(_ request: Request, _ context: ServerContext) async throws -> Response {
        let query = request.uri.queryParameters
        let filter = CanvasesAPI.filter(query)
        let words = query["q"].map(String.init) ?? ""
        let records = try await parts.service.list(filter, query: words)
        let language = context.language
        let strings = UIStrings(language)
        let store = parts.service.store
        let workshops = try store.workshopIDs()
        let plugins = parts.configuration.catalog.plugins.map(\.id)
        let rows: [[String: Any]] = records.map { record in
            var row: [String: Any] = [
                "id": record.id, "title": record.title ?? record.id, "plugin": record.plugin ?? "",
                "status": record.status, "statusLabel": Self.statusName(record.status, language),
                "errors": record.errors, "warnings": record.warnings, "updatedAt": record.updatedAt,
                "updatedText": Self.shortTime(record.updatedAt), "revision": record.latestRevision,
            ]
            if let workshop = record.workshop { row["workshop"] = workshop }
            return row
        }
        func options(_ values: [String], selected: String?, label: (String) -> String = { $0 }) -> [[String: Any]] {
            values.map { ["value": $0, "label": label($0), "selected": $0 == selected] }
        }
        let values: [String: Any] = [
            "query": words,
            "workshops": options(workshops, selected: filter.workshop),
            "plugins": options(plugins, selected: filter.plugin) { self.pluginName($0, language) },
            "statuses": options(CanvasStatus.allowedValues, selected: filter.status) { Self.statusName($0, language) },
            "rows": rows, "hasRows": !rows.isEmpty,
            "countText": strings["list.count"].replacingOccurrences(of: "{n}", with: String(rows.count)),
            "starters": parts.configuration.catalog.plugins.filter { $0.starter != nil }.map {
                ["value": $0.id, "label": pluginName($0.id, language)]
            },
        ]
        return try pages.page("list", title: strings["list.title"], values: values, context: context, csrf: parts.csrf)
    }

    /// Creates the canvas of the form and opens it.
    func create(_ request: Request, _ context: ServerContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: context.bodyLimit)
        let form = FormFields(String(buffer: body))
        let strings = UIStrings(context.language)
        guard let id = form["id"], CanvasesAPI.isValidID(id) else { throw ServerError.badRequest(strings["error.badID"]) }
        let language = form["language"].flatMap(Language.init(rawValue:)) ?? context.language
        let plugin = form["plugin"].flatMap { $0.isEmpty ? nil : $0 }
        let text = try Starters(catalog: parts.configuration.catalog).canvas(id: id, plugin: plugin, language: language)
        if try await parts.service.existingState(id) != nil { throw ServerError.badRequest(strings["new.exists"]) }
        let outcome = try await parts.service.save(id, body: .yaml(text), ifMatch: nil, author: nil, message: "new canvas")
        guard case .saved = outcome else { throw ServerError.internal }
        return Response(status: .seeOther, headers: [.location: "/canvases/\(id)"])
    }

    /// The name of a status in `language`.
    static func statusName(_ status: String, _ language: Language) -> String {
        CanvasStatus(rawValue: status).map { ReportTerms.name(of: $0, in: language) } ?? status
    }

    /// The plugin's name in `language`, or its id.
    func pluginName(_ id: String, _ language: Language) -> String {
        parts.configuration.catalog.plugin(id: id).map { $0.name.text(in: language) } ?? id
    }

    /// `2026-12-06T02:50:11Z` as `2026-12-06 02:50`.
    static func shortTime(_ stamp: String) -> String {
        String(stamp.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
