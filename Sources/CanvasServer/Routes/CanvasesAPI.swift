import CanvasKit
import CanvasRules
import CanvasStore
import Foundation
import HTTPTypes
import Hummingbird

/// `/api/v1/canvases`: the list, one canvas as JSON or YAML, saving, revisions, live checks.
struct CanvasesAPI: Sendable {
    let service: CanvasService

    func register(on router: Router<ServerContext>) {
        let group = router.group("api/v1/canvases")
        group.get { request, _ in try await list(request) }
        group.get(":id") { _, context in try await get(context) }
        group.put(":id") { request, context in try await put(request, context) }
        group.get(":id/yaml") { request, context in try await yaml(request, context) }
        group.get(":id/revisions") { _, context in try await revisions(context) }
        group.get(":id/revisions/:number") { _, context in try await revision(context) }
        group.post(":id/revisions/:number/restore") { request, context in try await restore(request, context) }
        group.post(":id/check") { request, context in try await check(request, context) }
    }

    /// `GET /api/v1/canvases?workshop=&plugin=&status=&q=`.
    func list(_ request: Request) async throws -> Response {
        let records = try await service.list(Self.filter(request.uri.queryParameters),
                                             query: request.uri.queryParameters["q"].map(String.init))
        return .json(.object([.init("canvases", .array(records.map(\.listJSON)))]))
    }

    /// The list filter of a query.
    static func filter(_ query: Parameters) -> ListFilter {
        func value(_ name: String) -> String? {
            query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        }
        return ListFilter(plugin: value("plugin"), status: value("status"), workshop: value("workshop"))
    }

    func get(_ context: ServerContext) async throws -> Response {
        let state = try await service.state(try Self.id(context))
        return .json(state.json, headers: [.eTag: state.etag])
    }

    func yaml(_ request: Request, _ context: ServerContext) async throws -> Response {
        let id = try Self.id(context)
        let state = try await service.state(id)
        var headers: HTTPFields = [.eTag: state.etag]
        if request.uri.queryParameters["download"] != nil {
            headers[.contentDisposition] = "attachment; filename=\"\(id).yaml\""
        }
        return .text(state.revision.yaml, type: "application/yaml; charset=utf-8", headers: headers)
    }

    func revisions(_ context: ServerContext) async throws -> Response {
        let id = try Self.id(context)
        let history = try service.store.history(id)
        let items: [DocumentValue] = history.revisions.map { revision in
            .object([
                .init("number", .number(String(revision.number))),
                .init("createdAt", .string(revision.createdAt)),
                .init("message", revision.message.map(DocumentValue.string) ?? .null),
                .init("errors", .number(String(revision.errors))),
                .init("warnings", .number(String(revision.warnings))),
                .init("infos", .number(String(revision.infos))),
            ])
        }
        return .json(.object([.init("id", .string(id)), .init("revisions", .array(items))]))
    }

    func revision(_ context: ServerContext) async throws -> Response {
        let id = try Self.id(context)
        guard let number = context.parameters.get("number", as: Int.self), number > 0 else {
            throw ServerError.badRequest("revision")
        }
        let revision = try service.store.revision(id, number: number)
        let document = CanvasService.document(of: revision.yaml) ?? .null
        return .json(.object([
            .init("id", .string(id)),
            .init("number", .number(String(revision.number))),
            .init("createdAt", .string(revision.createdAt)),
            .init("yaml", .string(revision.yaml)),
            .init("canvas", document),
        ]))
    }

    func put(_ request: Request, _ context: ServerContext) async throws -> Response {
        let id = try Self.id(context)
        let body = try await Self.body(request, context)
        let ifMatch = request.headers[.ifMatch]
        let author = request.headers[Self.authorHeader].map { String($0.prefix(64)) }
        if ifMatch == nil, try await service.existingState(id) != nil { throw ServerError.preconditionRequired }
        let outcome = try await service.save(id, body: body, ifMatch: ifMatch, author: author)
        return Self.response(outcome, language: context.language)
    }

    func restore(_ request: Request, _ context: ServerContext) async throws -> Response {
        let id = try Self.id(context)
        guard let number = context.parameters.get("number", as: Int.self), number > 0 else {
            throw ServerError.badRequest("revision")
        }
        guard let ifMatch = request.headers[.ifMatch] else { throw ServerError.preconditionRequired }
        let outcome = try await service.restore(id, revision: number, ifMatch: ifMatch)
        return Self.response(outcome, language: context.language)
    }

    /// `POST /api/v1/canvases/{id}/check`: the findings of a text, nothing stored.
    func check(_ request: Request, _ context: ServerContext) async throws -> Response {
        let id = try Self.id(context)
        let text: String
        switch try await Self.body(request, context) {
        case .yaml(let yaml): text = yaml
        case .document(let document): text = CanvasService.withID(document, id).yamlText
        }
        let result = service.check(text, id: id)
        let summary = LintSummary(files: 1, findings: result.findings)
        return .json(.object([
            .init("summary", CanvasState.summaryValue(summary)),
            .init("left", .array(CanvasState.left(result).map(DocumentValue.string))),
            .init("findings", CanvasState.findingsValue(result)),
        ]))
    }

    /// The header with which a page names its author, so that one person's edits coalesce.
    static let authorHeader = HTTPField.Name("X-SDW-Author")!

    /// The answer to a save.
    static func response(_ outcome: SaveOutcome, language: Language) -> Response {
        let strings = UIStrings(language)
        switch outcome {
        case .saved(let state, let created, let merged):
            var json = state.json
            if case .object(var members) = json {
                members.append(.init("merged", .bool(merged)))
                json = .object(members)
            }
            return .json(json, status: created ? .created : .ok, headers: [.eTag: state.etag])
        case .conflict(let latest, let mine, let paths):
            return .json(.object([
                .init("error", .object([.init("status", .number("412")), .init("message", .string(strings["error.stale"]))])),
                .init("conflicts", .array(paths.map(DocumentValue.string))),
                .init("mine", mine),
                .init("latest", latest.json),
            ]), status: .preconditionFailed, headers: [.eTag: latest.etag])
        case .stale(let latest):
            return .json(.object([
                .init("error", .object([.init("status", .number("412")), .init("message", .string(strings["error.stale"]))])),
                .init("conflicts", .array([.string("(document)")])),
                .init("latest", latest.json),
            ]), status: .preconditionFailed, headers: [.eTag: latest.etag])
        case .notCanvas(let result, let reason):
            return .json(.object([
                .init("error", .object([
                    .init("status", .number("422")), .init("message", .string(strings["error.notCanvas"] + " (\(reason))")),
                ])),
                .init("findings", CanvasState.findingsValue(result)),
            ]), status: .unprocessableContent)
        }
    }

    /// The canvas id of the address, checked.
    static func id(_ context: ServerContext) throws -> String {
        guard let id = context.parameters.get("id"), isValidID(id) else {
            throw ServerError.badRequest(UIStrings(context.language)["error.badID"])
        }
        return id
    }

    /// Whether `id` is a canvas id: `[a-z0-9][a-z0-9-]*`, at most 100 characters.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 100 else { return false }
        func allowed(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        return allowed(first) && id.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }

    /// The body of a save or check: YAML or JSON by its `Content-Type`.
    static func body(_ request: Request, _ context: ServerContext) async throws -> SaveBody {
        let type = request.headers[.contentType]?.split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: context.bodyLimit)
        } catch {
            throw ServerError.tooLarge(limit: context.bodyLimit)
        }
        let text = String(buffer: buffer)
        switch type {
        case "application/yaml", "application/x-yaml", "text/yaml":
            return .yaml(text)
        case "application/json":
            let document: DocumentValue
            do {
                document = try DocumentValue.parseJSON(text)
            } catch {
                throw ServerError.badRequest("JSON: \(error.reason) (byte \(error.offset))")
            }
            guard document.members != nil else { throw ServerError.badRequest("JSON: a canvas is an object") }
            return .document(document)
        default:
            throw ServerError.unsupportedMediaType
        }
    }
}
