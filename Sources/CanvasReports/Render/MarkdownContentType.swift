import CanvasKit
import Mustache

/// Escapes canvas text for GitHub Markdown: backslash before every character Markdown could read as
/// syntax (including `|` for tables), line breaks folded into spaces so a value stays in its cell,
/// and other control characters and bidirectional overrides written as ``TerminalText`` writes
/// them (`\u{1B}`), since a Markdown report is often read in a terminal.
///
/// Templates choose it with `{{% CONTENT_TYPE: MARKDOWN}}`.
public struct MarkdownContentType: MustacheContentType {
    /// The pragma name templates use.
    public static let name = "MARKDOWN"

    /// Characters escaped anywhere: inline syntax and table cell borders.
    private static let inline = Set<Character>("\\`*_[]<>|~&")
    /// Characters escaped when they start the text, where they would open a block (heading, list, quote).
    private static let leading = Set<Character>("#+-=>")

    /// Creates the content type.
    public init() {}

    /// `text` with Markdown syntax characters escaped and newlines as spaces.
    public func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true, leadingDigits = true
        for character in text {
            if character.isNewline {
                out.append(" ")
                continue
            }
            if character.unicodeScalars.contains(where: TerminalText.needsEscape) {
                out += TerminalText.escaped(String(character))
                atStart = false
                continue
            }
            if Self.inline.contains(character) || (atStart && Self.leading.contains(character))
                || (!atStart && leadingDigits && (character == "." || character == ")")) {
                out.append("\\")
            }
            leadingDigits = leadingDigits && character.isASCII && character.isNumber
            atStart = false
            out.append(character)
        }
        return out
    }

    /// Registers the content type with Mustache (idempotent).
    public static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()
}
