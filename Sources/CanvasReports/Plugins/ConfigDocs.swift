import CanvasKit
import CanvasRules

/// The text of `sdw config`: every setting in effect and where it came from.
public enum ConfigDocs {
    /// The configuration in effect, one setting per line with its source in parentheses;
    /// `directory` prefixes are shown as `.` for readable output.
    public static func render(_ setup: LintSetup) -> String {
        let c = setup.configuration
        var lines: [(String, String)] = []
        lines.append(("configuration file: " + (c.file ?? "(none: no .sdw.yml here or in a parent folder)"), ""))
        lines.append(("language: " + (c.language.value?.rawValue ?? "each canvas's own (en when it has none)"),
                      c.language.source.description))
        lines.append(("fail_on: " + c.failOn.value.rawValue, c.failOn.source.description))
        lines.append(("plugins:" + (c.pluginFolders.isEmpty ? " (built-in only)" : ""), ""))
        for folder in c.pluginFolders { lines.append(("  - " + folder.value, folder.source.description)) }
        lines.append(("rules:" + (c.rules.isEmpty ? " (every rule at its default severity)" : ""), ""))
        for rule in c.rules { lines.append(("  \(rule.id): " + (rule.severity.value?.rawValue ?? "off"), rule.severity.source.description)) }
        if !c.overrides.isEmpty {
            lines.append(("overrides:", ""))
            for override in c.overrides {
                lines.append(("  - files: " + override.files.joined(separator: ", "), override.source.description))
                for rule in override.rules {
                    lines.append(("    \(rule.id): " + (rule.severity.value?.rawValue ?? "off"), rule.severity.source.description))
                }
            }
        }
        lines.append(("plugins in effect:", ""))
        for plugin in setup.catalog.plugins {
            lines.append(("  \(plugin.id) \(plugin.version): \(plugin.rules.count) rules", plugin.origin.description))
        }
        let width = lines.filter { !$0.1.isEmpty }.map(\.0.count).max() ?? 0
        return lines.map { text, source in
            source.isEmpty ? text : text.padding(toLength: width + 2, withPad: " ", startingAt: 0) + "(\(source))"
        }.joined(separator: "\n") + "\n"
    }
}
