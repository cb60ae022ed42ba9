import CanvasServer
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Access and safety: the token, the cookie, CSRF, the body limit and the security headers.
@Suite struct AccessTests {
    @Test(arguments: ["/", "/api/v1/canvases", "/openapi.yaml", "/static/app.js", "/canvases/x"])
    func everyRouteNeedsTheToken(_ uri: String) async throws {
        try await TestServer().test { client in
            let none = try await client.execute(uri: uri, method: .get)
            #expect(none.status == .unauthorized)
            #expect(!none.text.contains("canvases\""))
            let wrong = try await client.execute(uri: uri, method: .get,
                                                 headers: [.authorization: "Bearer wrong-token-0123456789"])
            #expect(wrong.status == .unauthorized)
            let cookie = try await client.execute(uri: uri, method: .get, headers: [.cookie: "sdw_token=nope"])
            #expect(cookie.status == .unauthorized)
        }
    }

    @Test func theLinkSetsAStrictHttpOnlyCookieAndDropsTheToken() async throws {
        try await TestServer().test { client in
            let response = try await client.execute(uri: "/?token=\(TestServer.token)&lang=bg", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/?lang=bg")
            let cookies = response.headers[values: .setCookie]
            let tokenCookie = try #require(cookies.first { $0.hasPrefix("sdw_token=") })
            #expect(tokenCookie.contains("HttpOnly"))
            #expect(tokenCookie.contains("SameSite=Strict"))
            let bad = try await client.execute(uri: "/?token=wrong", method: .get)
            #expect(bad.status == .unauthorized)
            #expect(bad.headers[.setCookie] == nil)
        }
    }

    @Test func aCookieRequestThatChangesStateNeedsTheCSRFToken() async throws {
        let text = try TestServer.example(TestServer.club)
        try await TestServer().test { client in
            let uri = "/api/v1/canvases/\(TestServer.clubID)"
            let forged = try await client.execute(uri: uri, method: .put,
                                                  headers: TestServer.page(csrf: false, [.contentType: "application/yaml"]),
                                                  body: ByteBuffer(string: text))
            #expect(forged.status == .forbidden)
            let otherSite = try await client.execute(
                uri: uri, method: .put,
                headers: TestServer.page([.contentType: "application/yaml", .origin: "http://evil.example"]),
                body: ByteBuffer(string: text))
            #expect(otherSite.status == .forbidden)
            #expect(try await client.get(uri).status == .notFound)
            let fine = try await client.execute(uri: uri, method: .put,
                                                headers: TestServer.page([.contentType: "application/yaml"]),
                                                body: ByteBuffer(string: text))
            #expect(fine.status == .created)
        }
    }

    @Test func aBodyOverTheLimitIsRefusedAndNothingStored() async throws {
        let text = try TestServer.example(TestServer.club)
        try await TestServer(maxBodyBytes: 1024).test { client in
            let response = try await client.putYAML(TestServer.clubID, text)
            #expect(response.status == .contentTooLarge)
            #expect((response.json["error"] as? [String: Any])?["message"] as? String == "The text is too large (at most 1 KiB).")
            #expect(try await client.get("/api/v1/canvases/\(TestServer.clubID)").status == .notFound)
        }
    }

    @Test func everyAnswerHasTheSecurityHeaders() async throws {
        try await TestServer().test { client in
            for response in [try await client.get("/api/v1/canvases"), try await client.execute(uri: "/", method: .get)] {
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'"))
                #expect(policy.contains("default-src 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
        }
    }

    @Test func errorsSpeakTheVisitorsLanguage() async throws {
        try await TestServer().test { client in
            let response = try await client.execute(uri: "/api/v1/canvases/nothing-here", method: .get,
                                                    headers: TestServer.api([.acceptLanguage: "uk-UA,uk;q=0.9"]))
            #expect(response.status == .notFound)
            let message = (response.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.hasPrefix("Не знайдено"))
            let bad = try await client.execute(uri: "/api/v1/canvases/Bad%20Id", method: .get,
                                               headers: TestServer.api([.cookie: "sdw_lang=bg"]))
            #expect(bad.status == .badRequest)
        }
    }

    @Test func tokensAreCheckedForShape() {
        #expect(ServerConfiguration.isValidToken(ServerConfiguration.randomToken()))
        #expect(!ServerConfiguration.isValidToken("short"))
        #expect(!ServerConfiguration.isValidToken("has space in it 0123456789"))
        #expect(ServerConfiguration.randomToken() != ServerConfiguration.randomToken())
    }
}
