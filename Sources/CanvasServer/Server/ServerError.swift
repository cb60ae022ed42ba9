import CanvasKit
import Hummingbird

/// Everything a request can be refused for, each with its HTTP status and a message in the
/// visitor's language (the one error type of this module).
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No access token, or a wrong one.
    case unauthorized
    /// A state-changing request from a page without the page's CSRF token, or from another site.
    case forbidden
    /// No such page, route or canvas.
    case notFound(String)
    /// The body is larger than the limit.
    case tooLarge(limit: Int)
    /// A `Content-Type` the route does not take.
    case unsupportedMediaType
    /// The request is malformed (bad JSON, a missing field); the detail says what.
    case badRequest(String)
    /// `If-Match` is required to replace a canvas and was not given.
    case preconditionRequired
    /// The method is not allowed here.
    case methodNotAllowed
    /// The server failed; nothing was changed.
    case `internal`

    /// The HTTP status.
    public var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .badRequest: .badRequest
        case .preconditionRequired: .preconditionRequired
        case .methodNotAllowed: .methodNotAllowed
        case .internal: .internalServerError
        }
    }

    /// The message in `language`.
    public func message(in language: Language) -> String {
        let strings = UIStrings(language)
        switch self {
        case .unauthorized: return strings["error.unauthorized"]
        case .forbidden: return strings["error.forbidden"]
        case .notFound(let what): return strings["error.notFound"] + (what.isEmpty ? "" : ": \(what)")
        case .tooLarge(let limit): return strings["error.tooLarge"].replacingOccurrences(of: "{n}", with: String(limit / 1024))
        case .unsupportedMediaType: return strings["error.mediaType"]
        case .badRequest(let detail): return strings["error.badRequest"] + ": " + detail
        case .preconditionRequired: return strings["error.ifMatch"]
        case .methodNotAllowed: return strings["error.method"]
        case .internal: return strings["error.internal"]
        }
    }

    public var description: String { message(in: .en) }
}
