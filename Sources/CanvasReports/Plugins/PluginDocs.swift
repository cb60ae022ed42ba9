import CanvasKit
import CanvasRules

/// The text of `sdw plugins`: a table of the plugins, and one plugin's page.
public enum PluginDocs {
    /// One line per plugin: id, version, rule count, where it comes from, and its names in the four languages.
    public static func table(_ catalog: PluginCatalog) -> String {
        let rows = [["ID", "VERSION", "RULES", "FROM", "NAMES"]] + catalog.plugins.map { plugin in
            [plugin.id, plugin.version, String(plugin.rules.count), plugin.origin.description, names(plugin.name)]
                .map(TerminalText.escaped)
        }
        var widths = Array(repeating: 0, count: 4)
        for row in rows {
            for column in 0..<4 { widths[column] = max(widths[column], row[column].count) }
        }
        return rows.map { row in
            (0..<4).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined() + row[4]
        }.joined(separator: "\n") + "\n"
    }

    /// One plugin documented: names, description, keywords, the starter command, and every rule
    /// with its message, rationale, help link and examples; texts in `language` where they have it.
    public static func page(_ plugin: Plugin, language: Language = .en) -> String {
        // One-line texts are escaped here (a line break in a value cannot start a line of its own);
        // the command escapes what is left, line by line, as it prints.
        let safe = TerminalText.escaped
        var out = safe("\(plugin.id) \(plugin.version) (\(plugin.origin))") + "\n" + safe(names(plugin.name)) + "\n\n"
        out += safe(plugin.summary.text(in: language)) + "\n\nKeywords:\n"
        for code in [Language.en, .bg, .uk, .ru] {
            out += "  \(code.rawValue): " + safe((plugin.keywords[code] ?? []).joined(separator: ", ")) + "\n"
        }
        if plugin.starter != nil {
            out += "\nStarter canvas: sdw new --plugin \(plugin.id) --lang \(language.rawValue)\n"
        }
        out += "\nRules (\(plugin.rules.count)):\n"
        for rule in plugin.rules {
            let d = rule.description
            out += "\n\(safe(d.id)) (\(d.severity.rawValue))\n  \(safe(d.summary))\n"
            out += "  Message: " + safe(rule.message.text(in: language)) + "\n"
            if !d.rationale.isEmpty { out += "  Why: \(d.rationale)\n" }
            if let help = d.help { out += "  Help: \(safe(help))\n" }
            if let each = rule.each { out += "  Checks each item of: \(each.rawValue)\n" }
            out += examples("Reported on", d.failingExamples) + examples("Not reported on", d.passingExamples)
        }
        return out
    }

    private static func examples(_ title: String, _ list: [String]) -> String {
        guard !list.isEmpty else { return "" }
        var out = "  \(title):\n"
        for (index, example) in list.enumerated() {
            if index > 0 { out += "      ---\n" }
            for line in example.split(separator: "\n", omittingEmptySubsequences: false).dropLast(example.hasSuffix("\n") ? 1 : 0) {
                out += "      " + line + "\n"
            }
        }
        return out
    }

    /// The four names, English first: `Seniors · Пенсионери · Пенсіонери · Пенсионеры`.
    static func names(_ text: LocalizedText) -> String {
        var seen: [String] = []
        for language in [Language.en, .bg, .uk, .ru] where !seen.contains(text.text(in: language)) {
            seen.append(text.text(in: language))
        }
        return seen.joined(separator: " · ")
    }

    /// The plugin problems and notices of `catalog` as lines for standard error.
    public static func diagnostics(_ catalog: PluginCatalog) -> [String] {
        catalog.notices + catalog.problems.map { problem in
            let place = problem.location.map { "\(problem.file):\($0.line):\($0.column)" } ?? problem.file
            return "\(place): error: \(problem.text()) [\(FileProblem.ruleID)]"
        }
    }
}
