import CanvasKit

/// A plugin's starter canvas, written once for the four languages.
///
/// The template is itself a valid canvas. Two conventions make it multilingual:
/// - a comment line `#en: …`, `#bg: …`, `#uk: …` or `#ru: …` is a workshop prompt in that language;
/// - a quoted value `"{{en: Seniors | bg: Пенсионери | uk: Пенсіонери | ru: Пенсионеры}}"` holds the
///   value in each language.
///
/// ``render(_:)`` keeps the prompts of one language as plain comments, picks that language's
/// values, and sets the top-level `language:`.
public struct StarterTemplate: Sendable {
    /// The template's text.
    public let text: String

    /// Creates a template from its text.
    public init(_ text: String) { self.text = text }

    /// The starter canvas in `language`.
    public func render(_ language: Language) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }
            let body = line.dropFirst(indent.count)
            if let tag = Self.promptLanguage(body) {
                guard tag == language else { continue }
                lines.append(indent + "# " + body.dropFirst(4).drop { $0 == " " })
                continue
            }
            if indent.isEmpty, body.hasPrefix("language:") {
                lines.append("language: \(language.rawValue)")
                continue
            }
            lines.append(Self.fillValues(String(line), language))
        }
        return lines.joined(separator: "\n")
    }

    /// The language of a prompt line (`#bg: …`), or `nil` for any other line.
    static func promptLanguage(_ body: Substring) -> Language? {
        guard body.hasPrefix("#"), body.count >= 4, body.dropFirst(3).first == ":" else { return nil }
        return Language(rawValue: String(body.dropFirst().prefix(2)))
    }

    /// Replaces each `{{en: … | bg: … | uk: … | ru: …}}` by the text for `language` (English when missing).
    static func fillValues(_ line: String, _ language: Language) -> String {
        var result = ""
        var rest = Substring(line)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            result += rest[..<open.lowerBound]
            var texts: [String: String] = [:]
            for part in rest[open.upperBound..<close.lowerBound].split(separator: "|") {
                let trimmed = part.drop { $0 == " " }
                guard let colon = trimmed.firstIndex(of: ":") else { continue }
                var value = trimmed[trimmed.index(after: colon)...].drop { $0 == " " }
                while value.last == " " { value = value.dropLast() }
                texts[String(trimmed[..<colon])] = String(value)
            }
            result += texts[language.rawValue] ?? texts["en"] ?? ""
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
