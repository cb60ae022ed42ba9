import CanvasServer
import CanvasStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A server over a new temporary store, and helpers to call it as a browser or an API client.
struct TestServer {
    static let token = "test-token-0123456789abcdef"
    static let csrf = "csrf-token-0123456789abcdef"
    /// The repository's root, found from this file's place.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let store: CanvasStore
    let configuration: ServerConfiguration

    init(maxBodyBytes: Int = 1 << 20) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try CanvasStore(path: folder.appendingPathComponent("store.sqlite").path, create: true)
        var configuration = ServerConfiguration(port: 0, token: Self.token, maxBodyBytes: maxBodyBytes)
        configuration.csrfToken = Self.csrf
        self.configuration = configuration
    }

    /// Runs `body` against the application, without a socket.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = buildApplication(configuration: configuration, store: store)
        try await app.test(.router, body)
    }

    /// The text of an example file.
    static func example(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Examples/\(path)"), encoding: .utf8)
    }

    static let club = "cherkasy/we-are-near-club.yaml"
    static let clubID = "we-are-near-mutual-help-club"

    /// Headers of an API client.
    static func api(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.authorization] = "Bearer \(token)"
        return headers
    }

    /// Headers of a page: the cookie, and the CSRF token when `csrf`.
    static func page(csrf: Bool = true, _ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.cookie] = "sdw_token=\(token)"
        if csrf { headers[HTTPField.Name("X-SDW-CSRF")!] = Self.csrf }
        return headers
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body as JSON.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

extension TestClientProtocol {
    /// `PUT /api/v1/canvases/{id}` of YAML as an API client.
    func putYAML(_ id: String, _ text: String, ifMatch: String? = nil) async throws -> TestResponse {
        var headers = TestServer.api([.contentType: "application/yaml"])
        if let ifMatch { headers[.ifMatch] = ifMatch }
        return try await execute(uri: "/api/v1/canvases/\(id)", method: .put, headers: headers,
                                 body: ByteBuffer(string: text))
    }

    /// `PUT /api/v1/canvases/{id}` of a JSON document as a page.
    func putJSON(_ id: String, _ json: String, ifMatch: String?, author: String? = nil) async throws -> TestResponse {
        var headers = TestServer.page([.contentType: "application/json"])
        if let ifMatch { headers[.ifMatch] = ifMatch }
        if let author { headers[HTTPField.Name("X-SDW-Author")!] = author }
        return try await execute(uri: "/api/v1/canvases/\(id)", method: .put, headers: headers,
                                 body: ByteBuffer(string: json))
    }

    /// `GET` as an API client.
    func get(_ uri: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: TestServer.api())
    }
}
