import CanvasKit
import CanvasReports
import CanvasRules
import CanvasStore
import Foundation
import Hummingbird

/// `/canvases/{id}`: the editor, the nine boxes of the smart diagram around the target group;
/// `/canvases/{id}/history`: the revisions with view and restore; `/canvases/{id}/report`: the
/// HTML report of `sdw report`.
struct EditorPage: Sendable {
    let parts: ServerParts
    let pages: PageRenderer

    /// The boxes in the report diagram's order (``SmartDiagram``): label key, canvas path, style class.
    static let boxes: [(label: String, path: String)] = [
        ("needs", "needs"), ("service", "service"), ("resources", "resources"),
        ("information", "information"), ("targetGroup", "target_group"), ("partners", "partners"),
        ("activities", "activities"), ("socialEffect", "effects.social"), ("economicEffect", "effects.economic"),
    ]

    func register(on router: Router<ServerContext>) {
        router.get("canvases/:id") { _, context in try await editor(context) }
        router.get("canvases/:id/history") { request, context in try await history(request, context) }
        router.post("canvases/:id/history/:number/restore") { request, context in try await restore(request, context) }
        router.get("canvases/:id/report") { _, context in try await report(context) }
    }

    /// The interface language of a canvas's page: the visitor's choice, else the canvas's language.
    static func language(_ context: ServerContext, canvas: String) -> Language {
        context.languageChosen ? context.language : Language(rawValue: canvas) ?? context.language
    }

    func editor(_ context: ServerContext) async throws -> Response {
        let id = try CanvasesAPI.id(context)
        let state = try await parts.service.state(id)
        let language = Self.language(context, canvas: state.record.language)
        let labels = ReportLabels(language: language)
        let hints = Starters(catalog: parts.configuration.catalog).hints(plugin: state.record.plugin, language: language)
        let canvas = CanvasLoader.load(Array(state.revision.yaml.utf8), path: "x.yaml").canvas
        let diagram = canvas.map { SmartDiagram($0, formatter: ReportFormatter(language: language), labels: labels) }
        let boxes: [[String: Any]] = Self.boxes.enumerated().map { index, box in
            [
                "path": box.path, "title": labels[box.label], "key": box.label, "centre": index == 4,
                "items": diagram?.boxes[index].items.map(\.text) ?? [],
                "hints": hints[box.path] ?? [],
            ]
        }
        let data = DocumentValue.object([
            .init("id", .string(id)),
            .init("state", state.json),
            .init("labels", .object(labels.values.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value)) })),
            .init("strings", .object(UIStrings(language).all.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value)) })),
            .init("terms", Self.terms(language)),
            .init("hints", .object(hints.sorted { $0.key < $1.key }.map { .init($0.key, .array($0.value.map(DocumentValue.string))) })),
        ])
        let values: [String: Any] = [
            "id": id, "title": state.record.title ?? id, "boxes": boxes, "data": data.jsonText,
            "hasComments": state.hasComments, "headerHints": hints["header"] ?? [],
        ]
        return try pages.page("editor", title: state.record.title ?? id, values: values, context: context,
                              csrf: parts.csrf, language: language)
    }

    /// The names of the closed lists' values in `language`, by field.
    static func terms(_ language: Language) -> DocumentValue {
        func names<T: FormatEnum>(_ type: T.Type, _ name: (T) -> String) -> DocumentValue {
            .object(T.allCases.map { .init($0.rawValue, .string(name($0))) })
        }
        return .object([
            .init("type", names(PartnerType.self) { ReportTerms.name(of: $0, in: language) }),
            .init("kind", names(ResourceKind.self) { ReportTerms.name(of: $0, in: language) }),
            .init("status", names(CanvasStatus.self) { ReportTerms.name(of: $0, in: language) }),
            .init("evidence", names(Evidence.self) { ReportTerms.name(of: $0, in: language) }),
            .init("language", names(Language.self) { UIStrings.name(of: $0) }),
        ])
    }

    func history(_ request: Request, _ context: ServerContext) async throws -> Response {
        let id = try CanvasesAPI.id(context)
        let history = try parts.service.store.history(id)
        let language = Self.language(context, canvas: history.canvas.language)
        let shown = request.uri.queryParameters["revision"].flatMap { Int(String($0)) }
        let latest = history.canvas.latestRevision
        let rows: [[String: Any]] = history.revisions.reversed().map { revision in
            [
                "number": revision.number, "createdAt": revision.createdAt,
                "when": ListPage.shortTime(revision.createdAt), "message": revision.message ?? "",
                "errors": revision.errors, "warnings": revision.warnings, "latest": revision.number == latest,
                "shown": revision.number == shown,
            ]
        }
        var values: [String: Any] = ["id": id, "title": history.canvas.title ?? id, "rows": rows]
        if let shown {
            let revision = try parts.service.store.revision(id, number: shown)
            values["shownNumber"] = shown
            values["shownYAML"] = revision.yaml
        }
        return try pages.page("history", title: UIStrings(language)["history.title"] + " – " + (history.canvas.title ?? id),
                              values: values, context: context, csrf: parts.csrf, language: language)
    }

    /// Restores a revision from the history page's form, then opens the editor.
    func restore(_ request: Request, _ context: ServerContext) async throws -> Response {
        let id = try CanvasesAPI.id(context)
        guard let number = context.parameters.get("number", as: Int.self), number > 0 else {
            throw ServerError.badRequest("revision")
        }
        let outcome = try await parts.service.restore(id, revision: number, ifMatch: "*")
        guard case .saved = outcome else { throw ServerError.internal }
        return Response(status: .seeOther, headers: [.location: "/canvases/\(id)"])
    }

    func report(_ context: ServerContext) async throws -> Response {
        let id = try CanvasesAPI.id(context)
        let state = try await parts.service.state(id)
        let language = Self.language(context, canvas: state.record.language)
        let file = CanvasLoader.load(Array(state.revision.yaml.utf8), path: state.revision.sourcePath)
        guard let canvas = file.canvas else { throw ServerError.notFound(id) }
        let item = ReportItem(source: id, canvas: canvas, findings: state.lint.findings, revision: state.revision.number)
        let html = try ReportRenderer(templates: TemplateSet(), language: language)
            .html(ReportInput(kind: .canvases, items: [item]))
        // The report's own style sheet is inline; it has no script.
        return Response.text(html, type: "text/html; charset=utf-8", headers: [
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
                + "base-uri 'none'; form-action 'none'",
        ])
    }
}
