import CanvasKit
import Foundation

/// Runs a set of rules over loaded files.
public struct Linter: Sendable {
    /// The rules that run, in registry order.
    public let rules: [any Rule]
    /// Severity overrides by rule id; a rule mapped to `nil` is turned off.
    public let severities: [String: Severity?]
    /// Severity overrides for the files a glob matches; later ones win over earlier ones and over ``severities``.
    public let overrides: [SeverityOverride]
    /// The folder that relative file paths are relative to, for ``overrides``.
    public let currentDirectory: String

    /// Creates a linter over `rules`, with optional severity overrides (`nil` turns a rule off).
    public init(rules: [any Rule] = RuleRegistry.core, severities: [String: Severity?] = [:],
                overrides: [SeverityOverride] = [],
                currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.rules = rules
        self.severities = severities
        self.overrides = overrides
        self.currentDirectory = currentDirectory
    }

    /// Every finding of every rule on `file`, sorted by position, after the file's suppression
    /// comments are applied; then the findings of the ``SuppressionRule``s about those comments.
    public func lint(_ file: LoadedFile) -> [Finding] {
        var all: [Finding] = []
        var suppressionRules: [(any SuppressionRule, Severity)] = []
        for rule in rules {
            guard let severity = severity(of: rule.description, in: file.path) else { continue }
            if let suppressionRule = rule as? any SuppressionRule {
                suppressionRules.append((suppressionRule, severity))
                continue
            }
            var collector = FindingCollector(ruleID: rule.description.id, severity: severity, file: file.path)
            rule.check(file, into: &collector)
            all += collector.findings
        }
        let outcome = SuppressionOutcome(text: file.text, findings: all)
        all = outcome.kept
        for (rule, severity) in suppressionRules {
            var collector = FindingCollector(ruleID: rule.description.id, severity: severity, file: file.path)
            rule.check(file, outcome: outcome, into: &collector)
            all += collector.findings
        }
        return all.sorted(by: Finding.ordered)
    }

    /// The severity `description`'s rule has on `path`, or `nil` when it is turned off there.
    public func severity(of description: RuleDescription, in path: String) -> Severity? {
        for override in overrides.reversed() where override.severities[description.id] != nil {
            if override.applies(to: path, currentDirectory: currentDirectory) {
                return override.severities[description.id] ?? nil
            }
        }
        if let global = severities[description.id] { return global }
        return description.severity
    }

    /// Loads `bytes` as the file `path` and lints it.
    public func lint(_ bytes: [UInt8], path: String) -> [Finding] {
        lint(CanvasLoader.load(bytes, path: path))
    }
}
