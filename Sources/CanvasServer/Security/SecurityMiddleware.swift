import CanvasKit
import CanvasStore
import HTTPTypes
import Hummingbird
import Logging

/// The outermost layer: turns every error into a clear 4xx or 5xx answer in the visitor's
/// language (never a crash or a stack trace), and puts the security headers on every answer.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    /// The language of error messages when the request does not choose one.
    let defaultLanguage: Language?

    /// Only this server's own script, styles and images; nothing remote, nothing inline.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let serverError = Self.serverError(error)
            if case .internal = serverError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            response = Self.response(serverError, request: request,
                                     language: AccessMiddleware.language(of: request, default: defaultLanguage).0)
        }
        var headers = response.headers
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = Self.contentSecurityPolicy }
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
        response.headers = headers
        return response
    }

    /// The ``ServerError`` an error stands for.
    static func serverError(_ error: any Error) -> ServerError {
        if let error = error as? ServerError { return error }
        if let error = error as? StoreError {
            switch error {
            case .canvasNotFound(let id, _): return .notFound(id)
            case .revisionNotFound(let id, let revision, _): return .notFound("\(id) #\(revision)")
            default: return .internal
            }
        }
        if let error = error as? any HTTPResponseError {
            switch error.status.code {
            case 404: return .notFound("")
            case 405: return .methodNotAllowed
            case 413: return .tooLarge(limit: 1 << 20)
            case 415: return .unsupportedMediaType
            case 400..<500: return .badRequest(String(describing: error.status.reasonPhrase))
            default: return .internal
            }
        }
        return .internal
    }

    /// The answer for `error`: JSON under `/api/`, plain text elsewhere.
    static func response(_ error: ServerError, request: Request, language: Language) -> Response {
        let message = error.message(in: language)
        if request.uri.path.hasPrefix("/api/") {
            let body = DocumentValue.object([
                .init("error", .object([.init("status", .number(String(error.status.code))), .init("message", .string(message))])),
            ])
            return Response.json(body, status: error.status)
        }
        return Response(status: error.status, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}

extension Response {
    /// A JSON answer.
    static func json(_ value: DocumentValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.jsonText)))
    }

    /// A text answer of `type`.
    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
