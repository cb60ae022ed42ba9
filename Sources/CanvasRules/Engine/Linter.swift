import CanvasKit
import Foundation

/// Runs a set of rules over loaded files.
public struct Linter: Sendable {
    /// A rule ready to run: its id and the severity in effect (`nil`: off unless an override turns it on).
    private final class Prepared: Sendable {
        let id: String
        let severity: Severity?
        let rule: any Rule
        let canvasRule: (any CanvasRule)?
        let declarative: DeclarativeRule?
        let suppressionRule: (any SuppressionRule)?

        /// A class, so the loop over rules for every file copies one reference, not four existentials.
        init(_ rule: any Rule, severities: [String: Severity?]) {
            let description = rule.description
            var severity: Severity? = description.severity
            if let override = severities[description.id] { severity = override }
            id = description.id
            self.severity = severity
            self.rule = rule
            canvasRule = rule.asCanvasRule
            declarative = rule.asDeclarativeRule
            suppressionRule = rule.asSuppressionRule
        }
    }

    /// The rules that run, in registry order.
    public let rules: [any Rule]
    /// Severity overrides by rule id; a rule mapped to `nil` is turned off.
    public let severities: [String: Severity?]
    /// Severity overrides for the files a glob matches; later ones win over earlier ones and over ``severities``.
    public let overrides: [SeverityOverride]
    /// The folder that relative file paths are relative to, for ``overrides``.
    public let currentDirectory: String
    private let prepared: [Prepared]

    /// Creates a linter over `rules`, with optional severity overrides (`nil` turns a rule off),
    /// for every file or for the files of `overrides`.
    public init(rules: [any Rule] = RuleRegistry.core, severities: [String: Severity?] = [:],
                overrides: [SeverityOverride] = [],
                currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.rules = rules
        self.severities = severities
        self.overrides = overrides
        self.currentDirectory = currentDirectory
        prepared = rules.map { Prepared($0, severities: severities) }
    }

    /// Every finding of every rule on `file`, sorted by position, after the file's suppression
    /// comments are applied; then the findings of the ``SuppressionRule``s about those comments.
    public func lint(_ file: LoadedFile) -> [Finding] {
        var all: [Finding] = []
        var suppressionRules: [(rule: any SuppressionRule, id: String, severity: Severity)] = []
        let canvas = file.canvas
        var parts: CanvasParts?
        for entry in prepared {
            guard let severity = severity(of: entry, in: file.path) else { continue }
            if let suppressionRule = entry.suppressionRule {
                suppressionRules.append((suppressionRule, entry.id, severity))
                continue
            }
            var collector = FindingCollector(ruleID: entry.id, severity: severity, file: file.path)
            if let declarative = entry.declarative {
                guard let canvas, canvas.plugin == declarative.pluginID else { continue }
                let shared = parts ?? CanvasParts(canvas)
                parts = shared
                declarative.check(shared, into: &collector)
            } else if let canvasRule = entry.canvasRule {
                guard let canvas else { continue }
                canvasRule.check(canvas, into: &collector)
            } else {
                entry.rule.check(file, into: &collector)
            }
            all += collector.findings
        }
        let outcome = SuppressionOutcome(text: file.text, findings: all)
        all = outcome.kept
        for (rule, id, severity) in suppressionRules {
            var collector = FindingCollector(ruleID: id, severity: severity, file: file.path)
            rule.check(file, outcome: outcome, into: &collector)
            all += collector.findings
        }
        return all.sorted(by: Finding.ordered)
    }

    /// The severity of `entry` on `path`: the last override whose files match, else the global one.
    private func severity(of entry: Prepared, in path: String) -> Severity? {
        for override in overrides.reversed() where override.severities[entry.id] != nil {
            if override.applies(to: path, currentDirectory: currentDirectory) {
                return override.severities[entry.id] ?? nil
            }
        }
        return entry.severity
    }

    /// Loads `bytes` as the file `path` and lints it.
    public func lint(_ bytes: [UInt8], path: String) -> [Finding] {
        lint(CanvasLoader.load(bytes, path: path))
    }
}
