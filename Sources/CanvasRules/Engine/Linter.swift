import CanvasKit

/// Runs a set of rules over loaded files.
public struct Linter: Sendable {
    /// The rules that run, in registry order.
    public let rules: [any Rule]
    /// Severity overrides by rule id; a rule mapped to `nil` is turned off.
    public let severities: [String: Severity?]

    /// Creates a linter over `rules`, with optional severity overrides (`nil` turns a rule off).
    public init(rules: [any Rule] = RuleRegistry.core, severities: [String: Severity?] = [:]) {
        self.rules = rules
        self.severities = severities
    }

    /// Every finding of every rule on `file`, sorted by position.
    public func lint(_ file: LoadedFile) -> [Finding] {
        var all: [Finding] = []
        for rule in rules {
            let description = rule.description
            let severity: Severity
            if let override = severities[description.id] {
                guard let override else { continue }
                severity = override
            } else {
                severity = description.severity
            }
            var collector = FindingCollector(ruleID: description.id, severity: severity, file: file.path)
            rule.check(file, into: &collector)
            all += collector.findings
        }
        return all.sorted(by: Finding.ordered)
    }

    /// Loads `bytes` as the file `path` and lints it.
    public func lint(_ bytes: [UInt8], path: String) -> [Finding] {
        lint(CanvasLoader.load(bytes, path: path))
    }
}
