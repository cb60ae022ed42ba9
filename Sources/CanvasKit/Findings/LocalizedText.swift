import Foundation

/// A text in the four languages of the workbench, with English as the fallback.
///
/// Templates may hold `{name}` placeholders that ``render(_:arguments:)`` fills in.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The English text; always present.
    public var en: String
    /// Bulgarian.
    public var bg: String?
    /// Ukrainian.
    public var uk: String?
    /// Russian.
    public var ru: String?

    /// Creates a text; the languages other than English are optional.
    public init(en: String, bg: String? = nil, uk: String? = nil, ru: String? = nil) {
        self.en = en
        self.bg = bg
        self.uk = uk
        self.ru = ru
    }

    /// The text in `language`, or English when that language has none.
    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .bg: bg ?? en
        case .uk: uk ?? en
        case .ru: ru ?? en
        }
    }

    /// Whether every language has its own text.
    public var isComplete: Bool { bg != nil && uk != nil && ru != nil }

    /// The `{placeholders}` of `text`, braces included.
    public static func placeholders(in text: String) -> Set<String> {
        var result = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// This text with `{key}` replaced, in each language, by `phrase` in that language: for the
    /// words a message is made of (a section's name, a kind of item) rather than values from a file.
    public func filling(_ key: String, with phrase: LocalizedText) -> LocalizedText {
        let placeholder = "{\(key)}"
        func fill(_ text: String, _ language: Language) -> String {
            text.replacingOccurrences(of: placeholder, with: phrase.text(in: language))
        }
        return LocalizedText(en: fill(en, .en), bg: bg.map { fill($0, .bg) }, uk: uk.map { fill($0, .uk) },
                             ru: ru.map { fill($0, .ru) })
    }

    /// The text in `language` with each `{key}` replaced by its argument.
    public func render(_ language: Language, arguments: [String: String]) -> String {
        Self.fill(text(in: language), arguments)
    }

    /// Replaces each `{key}` of `template` by `arguments[key]`; unknown keys stay as they are.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let key = String(rest[rest.index(after: open)..<close])
            if let value = arguments[key] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
