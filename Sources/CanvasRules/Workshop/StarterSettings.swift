import CanvasKit

/// What makes one table's starter canvas its own: id, workshop, group, authors, currency and theme.
///
/// ``StarterTemplate/render(_:settings:)`` applies them to the rendered template's lines, so a
/// plugin's `starter.yaml` needs no placeholders for them; a field left `nil` keeps the template's.
public struct StarterSettings: Sendable, Equatable {
    /// The canvas id (a slug).
    public var id: String?
    /// The workshop id the canvas joins (`workshop:`).
    public var workshop: String?
    /// The table's number (`group:`).
    public var group: Int?
    /// The `authors:` list.
    public var authors: [String]?
    /// The ISO 4217 code every `currency:` of the template gets.
    public var currency: String?
    /// The table's theme: the generic starter's title and target group (its `"{{theme}}"`).
    public var theme: String?

    /// Creates settings; each one left out keeps the template's value.
    public init(id: String? = nil, workshop: String? = nil, group: Int? = nil, authors: [String]? = nil,
                currency: String? = nil, theme: String? = nil) {
        self.id = id
        self.workshop = workshop
        self.group = group
        self.authors = authors
        self.currency = currency
        self.theme = theme
    }

    /// The authors of table `number`'s canvas: `Група 5`, `Группа 5`, `Table 5`.
    public static func tableAuthor(_ number: Int, _ language: Language) -> String {
        tableName.render(language, arguments: ["number": String(number)])
    }

    static let tableName = LocalizedText(en: "Table {number}", bg: "Група {number}", uk: "Група {number}",
                                         ru: "Группа {number}")
    /// The generic starter's title and target group when no theme is given.
    static let noTheme = LocalizedText(en: "A new service", bg: "Нова услуга", uk: "Нова послуга", ru: "Новая услуга")
}

extension StarterTemplate {
    /// The starter canvas in `language` with `settings` applied: the top-level `id:` and
    /// `authors:` replaced, `workshop:` and `group:` set after `status:` (or `language:`), every
    /// `currency:` value replaced, and each `"{{theme}}"` replaced by the theme. Every value that
    /// comes from the settings is written as a double-quoted YAML scalar, so any text is safe.
    public func render(_ language: Language, settings: StarterSettings) -> String {
        let theme = JSONValue.quoted(settings.theme ?? StarterSettings.noTheme.render(language, arguments: [:]))
        let marker = "\"\u{1}theme\u{1}\""
        let template = StarterTemplate(text.replacingOccurrences(of: "\"{{theme}}\"", with: marker))
        var lines: [String] = []
        var placed = false
        var pending: [String] = []
        if let workshop = settings.workshop { pending.append("workshop: " + (CanvasID.isValid(workshop) ? workshop : JSONValue.quoted(workshop))) }
        if let group = settings.group { pending.append("group: \(group)") }
        for line in template.render(language).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line).replacingOccurrences(of: marker, with: theme)
            if let id = settings.id, line.hasPrefix("id:") {
                line = "id: \(id)"
            } else if let authors = settings.authors, line.hasPrefix("authors:") {
                line = "authors: [\(authors.map(JSONValue.quoted).joined(separator: ", "))]"
            } else if (line.hasPrefix("workshop:") || line.hasPrefix("group:")) && !pending.isEmpty {
                continue
            } else if let currency = settings.currency, let value = Self.currencyValue(in: line) {
                line = line[..<value.lowerBound] + currency
            }
            lines.append(line)
            if !placed, line.hasPrefix("status:") {
                lines += pending
                placed = true
            }
        }
        if !placed, let index = lines.firstIndex(where: { $0.hasPrefix("language:") }) {
            lines.insert(contentsOf: pending, at: index + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// The range of the value of a `currency: CODE` line (`- currency: CODE` too), at any indent.
    static func currencyValue(in line: String) -> Range<String.Index>? {
        var rest = line.drop { $0 == " " }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard rest.hasPrefix("currency:") else { return nil }
        let value = rest.dropFirst("currency:".count).drop { $0 == " " }
        guard !value.isEmpty, value.allSatisfy({ $0.isLetter }) else { return nil }
        return value.startIndex..<line.endIndex
    }
}
