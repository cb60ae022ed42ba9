import CanvasKit
@testable import CanvasReports
@testable import CanvasRules
import Testing

/// Escaping in the GitHub workflow commands and the XML formats.
@Suite struct EscapingTests {
    @Test(arguments: [
        ("100% done", "100%25 done"),
        ("two\nlines", "two%0Alines"),
        ("windows\r\nline", "windows%0D%0Aline"),
        ("a: b, c", "a: b, c"),
        ("%0A literally", "%250A literally"),
    ])
    func commandData(_ raw: String, _ escaped: String) {
        #expect(GitHubReporter.escapeData(raw) == escaped)
    }

    @Test(arguments: [
        ("dir,with:colon/a.yaml", "dir%2Cwith%3Acolon/a.yaml"),
        ("100%\n", "100%25%0A"),
        ("плain", "плain"),
    ])
    func commandProperty(_ raw: String, _ escaped: String) {
        #expect(GitHubReporter.escapeProperty(raw) == escaped)
    }

    @Test(arguments: [
        ("Клуб\u{1B}[2J", "github-data", "Клуб\\u{1B}[2J"),
        ("a\u{202E}b\u{7}", "github-data", "a\\u{202E}b\\u{7}"),
        ("Клуб\u{1B}]0;x\u{7}\nnext", "markdown", "Клуб\\u{1B}\\]0;x\\u{7} next"),
        ("\u{202E}txt", "markdown", "\\u{202E}txt"),
    ])
    func controlCharactersAreWrittenVisibly(_ raw: String, _ where_: String, _ escaped: String) {
        let result = where_ == "markdown" ? MarkdownContentType().escapeText(raw) : GitHubReporter.escapeData(raw)
        #expect(result == escaped)
    }

    @Test func severitiesMapToCommands() {
        #expect(GitHubReporter.command(for: .error) == "error")
        #expect(GitHubReporter.command(for: .warning) == "warning")
        #expect(GitHubReporter.command(for: .info) == "notice")
    }

    @Test func githubCommandForAFinding() {
        let finding = Finding(ruleID: "unknown-key", severity: .warning, message: LocalizedText(en: "key 'a,b: c' 100%\nnext"),
                              file: "./dir,x/a.yaml", location: SourceLocation(line: 3, column: 7), path: "a,b: c")
        let run = LintRun(results: [.init(path: "./dir,x/a.yaml", findings: [finding], language: .en, file: nil)], ioErrors: [])
        #expect(GitHubReporter(context: FixtureRun.context).render(run)
            == "::warning file=dir%2Cx/a.yaml,line=3,col=7,title=unknown-key::key 'a,b: c' 100%25%0Anext\n")
    }

    @Test func xmlContentAndAttributes() {
        #expect(XMLText.content("a < b & c > \"d\" 'e'") == "a &lt; b &amp; c &gt; \"d\" 'e'")
        #expect(XMLText.attribute("a < b & \"d\" 'e'\nf\tg") == "a &lt; b &amp; &quot;d&quot; &apos;e&apos;&#10;f&#9;g")
        #expect(XMLText.content("bell\u{07}nul\u{0}") == "bell\u{FFFD}nul\u{FFFD}")
        #expect(XMLText.content("line\nnext\ttab") == "line\nnext\ttab")
        #expect(XMLText.content("кирилица") == "кирилица")
    }

    @Test func jsonStrings() {
        #expect(JSONText.quoted("a\"b\\c\nd\u{01}é") == "\"a\\\"b\\\\c\\nd\\u0001é\"")
        #expect(JSONText.render(["b": [Int](), "a": ["x": true]] as [String: Any]) == "{\n  \"a\": {\n    \"x\": true\n  },\n  \"b\": []\n}\n")
    }
}
