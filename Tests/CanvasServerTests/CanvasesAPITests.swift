import CanvasKit
import CanvasServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON/YAML API of `/api/v1/canvases`, through the application function.
@Suite struct CanvasesAPITests {
    let text: String
    let uri = "/api/v1/canvases/\(TestServer.clubID)"

    init() throws { text = try TestServer.example(TestServer.club) }

    @Test func createReadAndList() async throws {
        let text = self.text, uri = self.uri
        try await TestServer().test { client in
            let created = try await client.putYAML(TestServer.clubID, text)
            #expect(created.status == .created)
            let etag = try #require(created.headers[.eTag])
            #expect(created.json["revision"] as? Int == 1)

            let read = try await client.get(uri)
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == etag)
            let body = read.json
            #expect(body["etag"] as? String == etag)
            let canvas = try #require(body["canvas"] as? [String: Any])
            #expect(canvas["title"] as? String == "«Ми – поруч»")
            #expect((canvas["target_group"] as? [String: Any])?["size"] as? Int == 20)
            // The findings in the shape of `sdw lint --format json`.
            let findings = try #require(body["findings"] as? [[String: Any]])
            let first = try #require(findings.first)
            #expect(Set(first.keys) == ["ruleId", "severity", "message", "line", "column", "canvasPath", "fingerprint"])

            let list = try await client.get("/api/v1/canvases")
            let rows = try #require(list.json["canvases"] as? [[String: Any]])
            #expect(rows.map { $0["id"] as? String } == [TestServer.clubID])
            #expect(rows.first?["revision"] as? Int == 1)
            #expect(rows.first?["warnings"] as? Int == findings.count { $0["severity"] as? String == "warning" })

            let filtered = try await client.get("/api/v1/canvases?plugin=seniors")
            #expect((filtered.json["canvases"] as? [Any])?.isEmpty == true)
            let searched = try await client.get("/api/v1/canvases?q=%D0%BA%D0%BB%D1%83%D0%B1")  // «клуб»
            #expect((searched.json["canvases"] as? [Any])?.count == 1)
            let missed = try await client.get("/api/v1/canvases?q=zzzqqq")
            #expect((missed.json["canvases"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theYAMLIsTheStoredTextExactly() async throws {
        let text = self.text, uri = self.uri
        try await TestServer().test { client in
            _ = try await client.putYAML(TestServer.clubID, text)
            let yaml = try await client.get(uri + "/yaml")
            #expect(yaml.status == .ok)
            #expect(yaml.headers[.contentType]?.hasPrefix("application/yaml") == true)
            #expect(yaml.text == text)
            let download = try await client.get(uri + "/yaml?download=1")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"\(TestServer.clubID).yaml\"")
        }
    }

    @Test func replacingNeedsTheLatestRevision() async throws {
        let text = self.text
        try await TestServer().test { client in
            let created = try await client.putYAML(TestServer.clubID, text)
            let etag = try #require(created.headers[.eTag])
            let missing = try await client.putYAML(TestServer.clubID, text + "\n")
            #expect(missing.status == .preconditionRequired)
            let changed = text.replacingOccurrences(of: "size: 20", with: "size: 25")
            let replaced = try await client.putYAML(TestServer.clubID, changed, ifMatch: etag)
            #expect(replaced.status == .ok)
            #expect(replaced.json["revision"] as? Int == 2)
            // The first tag is now stale; the same lines changed again overlap: refused, both shown.
            let stale = try await client.putYAML(TestServer.clubID, text.replacingOccurrences(of: "size: 20", with: "size: 30"),
                                                 ifMatch: etag)
            #expect(stale.status == .preconditionFailed)
            #expect(stale.json["conflicts"] as? [String] == ["target_group.size"])
            #expect(((stale.json["mine"] as? [String: Any])?["target_group"] as? [String: Any])?["size"] as? Int == 30)
            let latest = try #require(stale.json["latest"] as? [String: Any])
            #expect(((latest["canvas"] as? [String: Any])?["target_group"] as? [String: Any])?["size"] as? Int == 25)
            let history = try await client.get("/api/v1/canvases/\(TestServer.clubID)/revisions")
            #expect((history.json["revisions"] as? [Any])?.count == 2)
        }
    }

    @Test func nonOverlappingEditsMerge() async throws {
        let text = self.text
        try await TestServer().test { client in
            let created = try await client.putYAML(TestServer.clubID, text)
            let base = try #require(created.headers[.eTag])
            let first = try await client.putYAML(TestServer.clubID, text.replacingOccurrences(of: "size: 20", with: "size: 25"),
                                                 ifMatch: base)
            #expect(first.status == .ok)
            let second = try await client.putYAML(
                TestServer.clubID, text.replacingOccurrences(of: "Бібліотекар\n    partners: [parents]", with: "Директор\n    partners: [parents]"),
                ifMatch: base)
            #expect(second.status == .ok)
            #expect(second.json["merged"] as? Bool == true)
            let canvas = try #require(second.json["canvas"] as? [String: Any])
            #expect((canvas["target_group"] as? [String: Any])?["size"] as? Int == 25)
            let activities = try #require(canvas["activities"] as? [[String: Any]])
            #expect(activities.first { $0["id"] as? String == "consent" }?["responsible"] as? String == "Директор")
        }
    }

    @Test(arguments: ["not: [valid", "- a list\n- not a mapping\n", "format: 1\nid: other-id\n"])
    func aTextThatIsNotThisCanvasIsRefusedWithFindings(_ body: String) async throws {
        try await TestServer().test { client in
            let response = try await client.putYAML("some-canvas", body)
            #expect(response.status == .unprocessableContent)
            #expect(response.json["findings"] is [Any])
            #expect(try await client.get("/api/v1/canvases/some-canvas").status == .notFound)
        }
    }

    @Test func badBodiesAreClear4xx() async throws {
        try await TestServer().test { client in
            let json = try await client.execute(uri: "/api/v1/canvases/a", method: .put,
                                                headers: TestServer.api([.contentType: "application/json"]),
                                                body: ByteBuffer(string: "{\"title\": "))
            #expect(json.status == .badRequest)
            let type = try await client.execute(uri: "/api/v1/canvases/a", method: .put,
                                                headers: TestServer.api([.contentType: "text/html"]),
                                                body: ByteBuffer(string: "<p>"))
            #expect(type.status == .unsupportedMediaType)
            let deep = String(repeating: "[", count: 10000)
            let nested = try await client.execute(uri: "/api/v1/canvases/a", method: .put,
                                                  headers: TestServer.api([.contentType: "application/json"]),
                                                  body: ByteBuffer(string: deep))
            #expect(nested.status == .badRequest)
            #expect(try await client.get("/api/v1/canvases/a").status == .notFound)
        }
    }

    @Test func aJSONDocumentIsStoredAsYAMLThatLintsTheSame() async throws {
        let text = self.text, uri = self.uri
        try await TestServer().test { client in
            let created = try await client.putYAML(TestServer.clubID, text)
            let canvas = try #require(created.json["canvas"] as? [String: Any])
            let findings = try #require(created.json["findings"] as? [[String: Any]])
            let data = try JSONSerialization.data(withJSONObject: canvas)
            let saved = try await client.putJSON(TestServer.clubID, String(decoding: data, as: UTF8.self),
                                                 ifMatch: created.headers[.eTag])
            #expect(saved.status == .ok)
            #expect(saved.json["hasComments"] as? Bool == false)
            let again = try #require(saved.json["findings"] as? [[String: Any]])
            // The same findings; their order follows the lines, and JSONSerialization reorders keys.
            #expect(Set(again.map { "\($0["ruleId"] ?? "") \($0["canvasPath"] ?? "")" })
                    == Set(findings.map { "\($0["ruleId"] ?? "") \($0["canvasPath"] ?? "")" }))
            let yaml = try await client.get(uri + "/yaml")
            #expect(!yaml.text.contains("# Source"))
        }
    }

    @Test func revisionsCanBeReadAndRestored() async throws {
        let text = self.text, uri = self.uri
        try await TestServer().test { client in
            let created = try await client.putYAML(TestServer.clubID, text)
            let changed = try await client.putYAML(TestServer.clubID, text.replacingOccurrences(of: "size: 20", with: "size: 99"),
                                                   ifMatch: created.headers[.eTag])
            let one = try await client.get(uri + "/revisions/1")
            #expect(one.json["yaml"] as? String == text)
            #expect(try await client.get(uri + "/revisions/7").status == .notFound)
            let restore = try await client.execute(uri: uri + "/revisions/1/restore", method: .post,
                                                   headers: TestServer.api([.ifMatch: changed.headers[.eTag] ?? ""]))
            #expect(restore.status == .ok)
            #expect(restore.json["revision"] as? Int == 3)
            let yaml = try await client.get(uri + "/yaml")
            #expect(yaml.text == text)
        }
    }

    @Test func checkLintsWithoutStoring() async throws {
        try await TestServer().test { client in
            let response = try await client.execute(
                uri: "/api/v1/canvases/draft-one/check", method: .post,
                headers: TestServer.page([.contentType: "application/json"]),
                body: ByteBuffer(string: #"{"format": 1, "title": "T", "status": "draft", "needs": []}"#))
            #expect(response.status == .ok)
            let left = try #require(response.json["left"] as? [String])
            #expect(left.contains("needs"))
            #expect(left.contains("partners"))
            #expect(try await client.get("/api/v1/canvases/draft-one").status == .notFound)
        }
    }

    @Test func theDocumentsAreServed() async throws {
        try await TestServer().test { client in
            let openapi = try await client.get("/openapi.yaml")
            #expect(openapi.status == .ok)
            #expect(openapi.text.hasPrefix("openapi: 3.1"))
            let schema = try await client.get("/schema.json")
            #expect(schema.text.contains("\"$defs\""))
            let script = try await client.get("/static/app.js")
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
        }
    }
}
