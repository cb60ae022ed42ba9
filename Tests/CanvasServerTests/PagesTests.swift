import CanvasServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages: the list with filters and search, a new canvas from a starter, the editor,
/// the history with restore, the report.
@Suite struct PagesTests {
    let text: String

    init() throws { text = try TestServer.example(TestServer.club) }

    static func form(_ fields: String) -> HTTPFields {
        [.cookie: "sdw_token=\(TestServer.token)", .contentType: "application/x-www-form-urlencoded"]
    }

    @Test func theListShowsFiltersAndSearches() async throws {
        let text = self.text
        try await TestServer().test { client in
            _ = try await client.putYAML(TestServer.clubID, text.replacingOccurrences(of: "«Ми – поруч»", with: "<b>Ми</b> & co"))
            let page = try await client.execute(uri: "/", method: .get, headers: TestServer.page(csrf: false))
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("href=\"/canvases/\(TestServer.clubID)\""))
            // Canvas text is escaped.
            #expect(page.text.contains("&lt;b&gt;Ми&lt;/b&gt; &amp; co"))
            #expect(!page.text.contains("<b>Ми"))
            #expect(!page.text.contains("<script>"))
            let none = try await client.execute(uri: "/?status=draft", method: .get, headers: TestServer.page(csrf: false))
            #expect(!none.text.contains("href=\"/canvases/\(TestServer.clubID)\""))
            let searched = try await client.execute(uri: "/?q=%D0%B1%D1%96%D0%B1%D0%BB%D1%96%D0%BE", method: .get,
                                                    headers: TestServer.page(csrf: false))
            #expect(searched.text.contains("href=\"/canvases/\(TestServer.clubID)\""))
            let bulgarian = try await client.execute(uri: "/?lang=bg", method: .get, headers: TestServer.page(csrf: false))
            #expect(bulgarian.text.contains("<html lang=\"bg\">"))
            #expect(bulgarian.headers[values: .setCookie].contains { $0.hasPrefix("sdw_lang=bg") })
        }
    }

    @Test(arguments: ["seniors", ""])
    func aNewCanvasComesFromAStarter(_ plugin: String) async throws {
        try await TestServer().test { client in
            let forged = try await client.execute(uri: "/canvases", method: .post, headers: Self.form(""),
                                                  body: ByteBuffer(string: "id=table-1&plugin=\(plugin)&language=bg"))
            #expect(forged.status == .forbidden)
            let created = try await client.execute(
                uri: "/canvases", method: .post, headers: Self.form(""),
                body: ByteBuffer(string: "csrf=\(TestServer.csrf)&id=table-1&plugin=\(plugin)&language=bg"))
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/canvases/table-1")
            let yaml = try await client.get("/api/v1/canvases/table-1/yaml")
            #expect(yaml.text.contains("id: table-1\n"))
            #expect(yaml.text.contains("language: bg\n"))
            #expect(yaml.text.contains("status: draft\n"))
            let editor = try await client.execute(uri: "/canvases/table-1", method: .get, headers: TestServer.page(csrf: false))
            #expect(editor.status == .ok)
            #expect(editor.text.contains("<html lang=\"bg\">"))
            // The starter's prompts are the boxes' hints.
            #expect(editor.text.contains("<p class=\"hint\">"))
            #expect(editor.text.contains("Потребности"))
            let again = try await client.execute(
                uri: "/canvases", method: .post, headers: Self.form(""),
                body: ByteBuffer(string: "csrf=\(TestServer.csrf)&id=table-1&plugin=\(plugin)&language=bg"))
            #expect(again.status == .badRequest)
        }
    }

    @Test func theEditorShowsTheNineBoxesAndTheCanvasData() async throws {
        let text = self.text
        try await TestServer().test { client in
            _ = try await client.putYAML(TestServer.clubID, text)
            let editor = try await client.execute(uri: "/canvases/\(TestServer.clubID)", method: .get,
                                                  headers: TestServer.page(csrf: false))
            let html = editor.text
            #expect(html.contains("<html lang=\"uk\">"))
            for section in ["needs", "service", "resources", "information", "target_group", "partners", "activities",
                            "effects.social", "effects.economic"] {
                #expect(html.contains("class=\"box-body\" data-section=\"\(section)\""))
            }
            #expect(html.contains("box-targetGroup centre"))
            #expect(html.contains("<script type=\"application/json\" id=\"sdw-data\">"))
            #expect(html.contains("data-csrf=\"\(TestServer.csrf)\""))
            #expect(html.contains("id=\"comments-note\""))
            let english = try await client.execute(uri: "/canvases/\(TestServer.clubID)?lang=en", method: .get,
                                                   headers: TestServer.page(csrf: false))
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(try await client.execute(uri: "/canvases/nothing", method: .get,
                                             headers: TestServer.page(csrf: false)).status == .notFound)
        }
    }

    @Test func theHistoryViewsAndRestores() async throws {
        let text = self.text
        try await TestServer().test { client in
            let created = try await client.putYAML(TestServer.clubID, text)
            _ = try await client.putYAML(TestServer.clubID, text.replacingOccurrences(of: "size: 20", with: "size: 99"),
                                         ifMatch: created.headers[.eTag])
            let page = try await client.execute(uri: "/canvases/\(TestServer.clubID)/history?revision=1", method: .get,
                                                headers: TestServer.page(csrf: false))
            #expect(page.status == .ok)
            #expect(page.text.contains("action=\"/canvases/\(TestServer.clubID)/history/1/restore\""))
            #expect(page.text.contains("size: 20"))
            let restored = try await client.execute(uri: "/canvases/\(TestServer.clubID)/history/1/restore", method: .post,
                                                    headers: Self.form(""), body: ByteBuffer(string: "csrf=\(TestServer.csrf)"))
            #expect(restored.status == .seeOther)
            let yaml = try await client.get("/api/v1/canvases/\(TestServer.clubID)/yaml")
            #expect(yaml.text == text)
        }
    }

    @Test func theReportIsTheHTMLReport() async throws {
        let text = self.text
        try await TestServer().test { client in
            _ = try await client.putYAML(TestServer.clubID, text)
            let report = try await client.execute(uri: "/canvases/\(TestServer.clubID)/report", method: .get,
                                                  headers: TestServer.page(csrf: false))
            #expect(report.status == .ok)
            #expect(report.text.contains("<svg class=\"diagram\""))
            let policy = try #require(report.headers[.contentSecurityPolicy])
            #expect(!policy.contains("script-src"))
            #expect(policy.contains("default-src 'none'"))
        }
    }
}
