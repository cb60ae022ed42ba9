import CanvasKit
import Foundation

/// Runs a set of rules over loaded files.
public struct Linter: Sendable {
    /// A rule ready to run: its id and the severity in effect (`nil`: off unless an override turns it on).
    ///
    /// A class, so the loop over rules for every file copies one reference; it says what kind of
    /// rule it holds with a plain enum, and runs the rule itself, so that loop never copies a
    /// rule value (a plugin rule's copy retains a dozen strings and predicates).
    private final class Prepared: Sendable {
        enum Kind { case declarative, canvas, suppression, file }

        let id: String
        let severity: Severity?
        let kind: Kind
        /// For a plugin rule: the plugin a canvas must name for it to run.
        let pluginID: String?
        private let rule: any Rule
        private let canvasRule: (any CanvasRule)?
        private let declarative: DeclarativeRule?
        let suppressionRule: (any SuppressionRule)?

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
            pluginID = declarative?.pluginID
            kind = suppressionRule != nil ? .suppression : declarative != nil ? .declarative
                : canvasRule != nil ? .canvas : .file
        }

        func check(_ parts: CanvasParts, into findings: inout FindingCollector) {
            declarative?.check(parts, into: &findings)
        }

        func check(_ canvas: Canvas, into findings: inout FindingCollector) {
            canvasRule?.check(canvas, into: &findings)
        }

        func check(_ file: LoadedFile, into findings: inout FindingCollector) {
            rule.check(file, into: &findings)
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
        var suppressionRules: [(entry: Prepared, severity: Severity)] = []
        let canvas = file.canvas
        var parts: CanvasParts?
        for entry in prepared {
            guard let severity = severity(of: entry, in: file.path) else { continue }
            var collector = FindingCollector(ruleID: entry.id, severity: severity, file: file.path)
            switch entry.kind {
            case .suppression:
                suppressionRules.append((entry, severity))
                continue
            case .declarative:
                guard let canvas, canvas.plugin == entry.pluginID else { continue }
                let shared = parts ?? CanvasParts(canvas)
                parts = shared
                entry.check(shared, into: &collector)
            case .canvas:
                guard let canvas else { continue }
                entry.check(canvas, into: &collector)
            case .file:
                entry.check(file, into: &collector)
            }
            if !collector.findings.isEmpty { all += collector.findings }
        }
        let outcome = SuppressionOutcome(text: file.text, findings: all)
        all = outcome.kept
        for (entry, severity) in suppressionRules {
            var collector = FindingCollector(ruleID: entry.id, severity: severity, file: file.path)
            entry.suppressionRule?.check(file, outcome: outcome, into: &collector)
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

    /// The findings of the ``WorkshopRule``s among ``rules`` on `set`, each with the severity the
    /// configuration gives its rule for the file it is in.
    public func lint(_ set: WorkshopSet) -> [Finding] {
        var found: [Finding] = []
        for rule in rules {
            guard let rule = rule.asWorkshopRule else { continue }
            let id = rule.description.id
            for var finding in rule.findings(in: set, severity: rule.description.severity) {
                let override = overrides.reversed().first {
                    $0.severities[id] != nil && $0.applies(to: finding.file, currentDirectory: currentDirectory)
                }
                guard let severity = override.map({ $0.severities[id] ?? nil })
                        ?? severities[id] ?? rule.description.severity else { continue }
                finding.severity = severity
                found.append(finding)
            }
        }
        return found
    }

    /// Loads `bytes` as the file `path` and lints it.
    public func lint(_ bytes: [UInt8], path: String) -> [Finding] {
        lint(CanvasLoader.load(bytes, path: path))
    }
}
