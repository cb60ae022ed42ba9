import CanvasKit

/// Runs a set of rules over loaded files.
public struct Linter: Sendable {
    /// A rule ready to run: its id and the severity in effect.
    private struct Prepared: Sendable {
        var id: String
        var severity: Severity
        var rule: any Rule
        var canvasRule: (any CanvasRule)?
    }

    /// The rules that run, in registry order.
    public let rules: [any Rule]
    /// Severity overrides by rule id; a rule mapped to `nil` is turned off.
    public let severities: [String: Severity?]
    private let prepared: [Prepared]

    /// Creates a linter over `rules`, with optional severity overrides (`nil` turns a rule off).
    public init(rules: [any Rule] = RuleRegistry.core, severities: [String: Severity?] = [:]) {
        self.rules = rules
        self.severities = severities
        prepared = rules.compactMap { rule in
            let description = rule.description
            var severity = description.severity
            if let override = severities[description.id] {
                guard let override else { return nil }
                severity = override
            }
            return Prepared(id: description.id, severity: severity, rule: rule, canvasRule: rule as? any CanvasRule)
        }
    }

    /// Every finding of every rule on `file`, sorted by position.
    public func lint(_ file: LoadedFile) -> [Finding] {
        var all: [Finding] = []
        let canvas = file.canvas
        for entry in prepared {
            var collector = FindingCollector(ruleID: entry.id, severity: entry.severity, file: file.path)
            if let canvasRule = entry.canvasRule {
                guard let canvas else { continue }
                canvasRule.check(canvas, into: &collector)
            } else {
                entry.rule.check(file, into: &collector)
            }
            all += collector.findings
        }
        return all.sorted(by: Finding.ordered)
    }

    /// Loads `bytes` as the file `path` and lints it.
    public func lint(_ bytes: [UInt8], path: String) -> [Finding] {
        lint(CanvasLoader.load(bytes, path: path))
    }
}
