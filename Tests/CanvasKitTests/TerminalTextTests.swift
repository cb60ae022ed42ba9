import Testing
@testable import CanvasKit

/// ``TerminalText`` writes controls, separators and bidirectional formatting visibly and keeps the rest.
struct TerminalTextTests {
    @Test(arguments: [
        ("Пенсионери ONLINE 📚 e\u{301}", "Пенсионери ONLINE 📚 e\u{301}"),
        ("a\nb\r\tc", "a\\nb\\r\\tc"),
        ("\u{1B}[2J\u{07}\u{0}\u{7F}\u{9B}", "\\u{1B}[2J\\u{7}\\u{0}\\u{7F}\\u{9B}"),
        ("abc\u{202E}cba\u{202C} \u{2066}x\u{2069} \u{200F}\u{061C}", "abc\\u{202E}cba\\u{202C} \\u{2066}x\\u{2069} \\u{200F}\\u{61C}"),
        ("line\u{2028}para\u{2029}", "line\\u{2028}para\\u{2029}"),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(TerminalText.escaped(text) == expected)
    }
}
