import CanvasKit
import Foundation
import CanvasRules

/// The text of `sdw rules`: a table of every rule, and one rule's page.
public enum RuleDocs {
    /// One line per rule: id, severity, summary, aligned.
    public static func table(_ rules: [any Rule]) -> String {
        let descriptions = rules.map(\.description)
        let width = descriptions.map(\.id.count).max() ?? 0
        return descriptions.map { d in
            d.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + d.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + d.summary
        }.joined(separator: "\n") + "\n"
    }

    /// One rule documented: summary, rationale, and its examples.
    public static func page(_ d: RuleDescription) -> String {
        var out = "\(d.id) (\(d.severity.rawValue), \(d.category.rawValue))\n\n\(d.summary)\n\n\(d.rationale)\n"
        func examples(_ title: String, _ list: [String]) {
            guard !list.isEmpty else { return }
            out += "\n\(title):\n"
            for example in list {
                out += "\n" + (example.isEmpty ? "    (an empty file)\n" : example.split(separator: "\n", omittingEmptySubsequences: false)
                    .dropLast(example.hasSuffix("\n") ? 1 : 0).map { "    " + $0 }.joined(separator: "\n") + "\n")
            }
        }
        examples("Reported on", d.failingExamples)
        examples("Not reported on", d.passingExamples)
        return out
    }

    /// The nearest rule id to a misspelt one.
    public static func suggestion(for id: String, in rules: [any Rule]) -> String? {
        Suggestion.nearest(to: id, in: rules.map(\.description.id))
    }
}
