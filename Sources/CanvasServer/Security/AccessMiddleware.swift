import CanvasKit
import Foundation
import HTTPTypes
import HummingbirdCore
import Hummingbird

/// Lets a request through only with the access token, and a state-changing one only when it
/// cannot have been forged by another site; sets the request's interface language.
///
/// A browser brings the token once as `?token=…`: it is answered with a redirect to the same
/// address without it and an HttpOnly, SameSite=Strict cookie. API clients send
/// `Authorization: Bearer …`. A request that relies on the cookie and changes state must also
/// carry the page's CSRF token (header `X-SDW-CSRF`, or the form field `csrf`), and, when it
/// has an `Origin`, come from this server's own origin.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    /// The cookie holding the access token.
    static let tokenCookie = "sdw_token"
    /// The cookie holding the chosen interface language.
    static let languageCookie = "sdw_lang"
    /// The header holding the page's CSRF token.
    static let csrfHeader = HTTPField.Name("X-SDW-CSRF")!

    let token: String
    let csrf: String
    let defaultLanguage: Language?
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.bodyLimit = bodyLimit
        let query = request.uri.queryParameters
        let chosen = query["lang"].flatMap { Language(rawValue: String($0)) }
        (context.language, context.languageChosen) = Self.language(of: request, default: defaultLanguage)

        if let given = query["token"] {
            guard Self.same(String(given), token) else { throw ServerError.unauthorized }
            var response = Response(status: .seeOther, headers: [.location: Self.withoutToken(request.uri)])
            response.setCookie(Cookie(name: Self.tokenCookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        var viaCookie = false
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            guard Self.same(String(authorization.dropFirst(7)), token) else { throw ServerError.unauthorized }
        } else if let cookie = request.cookies[Self.tokenCookie], Self.same(cookie.value, token) {
            viaCookie = true
        } else {
            throw ServerError.unauthorized
        }
        var request = request
        if viaCookie && ![.get, .head, .options].contains(request.method) {
            guard originAllowed(request) else { throw ServerError.forbidden }
            if request.headers[Self.csrfHeader].map({ Self.same($0, csrf) }) != true {
                // A form sent without script: the field `csrf` of its form-encoded body.
                guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else {
                    throw ServerError.forbidden
                }
                let body = try await request.collectBody(upTo: bodyLimit)
                let form = FormFields(String(buffer: body))
                guard let field = form["csrf"], Self.same(field, csrf) else { throw ServerError.forbidden }
            }
        }
        var response = try await next(request, context)
        if let chosen {
            response.setCookie(Cookie(name: Self.languageCookie, value: chosen.rawValue, maxAge: 365 * 24 * 3600,
                                      path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// The interface language of `request`: `?lang=`, else the remembered choice (a cookie), else
    /// the browser's `Accept-Language`, else `fallback`, else English; and whether it was chosen.
    static func language(of request: Request, default fallback: Language?) -> (Language, chosen: Bool) {
        if let chosen = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) {
            return (chosen, true)
        }
        if let cookie = request.cookies[languageCookie].flatMap({ Language(rawValue: $0.value) }) {
            return (cookie, true)
        }
        return (preferred(request.headers[.acceptLanguage]) ?? fallback ?? .en, false)
    }

    /// Whether the request's `Origin`, when it has one, is this server's.
    private func originAllowed(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    /// The first of bg, uk, ru, en in an `Accept-Language` header.
    static func preferred(_ header: String?) -> Language? {
        guard let header else { return nil }
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            if let language = Language(rawValue: String(tag.prefix(2))) { return language }
        }
        return nil
    }

    /// `uri` without its `token` parameter.
    static func withoutToken(_ uri: HummingbirdCore.URI) -> String {
        let kept = (uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") }
        let path = uri.path.isEmpty ? "/" : uri.path
        return kept.isEmpty ? path : path + "?" + kept.joined(separator: "&")
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
