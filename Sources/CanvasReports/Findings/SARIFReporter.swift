import CanvasKit
import CanvasRules
import Foundation

/// Writes the run as SARIF 2.1.0, the format GitHub code scanning reads.
///
/// What code scanning relies on: one run whose tool driver is `sdw` with its version and
/// `informationUri`; rule metadata for every rule that could fire (see
/// ``SARIFReporter/ruleDescriptor(_:)``); results that name their rule by its stable id and
/// index; file locations relative to `%SRCROOT%` (the directory sdw ran in); and
/// `partialFingerprints` built from the rule id, the canvas path and the flagged line's text,
/// never its number, so an alert survives lines being inserted above it.
public struct SARIFReporter: Sendable {
    /// The key under which results carry their fingerprint.
    public static let fingerprintKey = "sdwFindingIdentity/v1"
    /// The base id relative paths are resolved against.
    public static let sourceRoot = "%SRCROOT%"

    /// The tool and rule information.
    public var context: ReportContext

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
    }

    /// The whole run as a SARIF log.
    public func render(_ run: LintRun) -> String {
        let rules = descriptors(for: run)
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var results: [[String: Any]] = []
        for fileResult in run.results {
            let identities = FindingFingerprint.occurrenceIdentities(of: fileResult)
            for (finding, identity) in zip(fileResult.findings, identities) {
                results.append(result(finding, in: fileResult, ruleIndex: index[finding.ruleID] ?? 0, identity: identity))
            }
        }
        let notifications: [[String: Any]] = run.ioErrors.sorted { $0.path < $1.path }.map { error in
            ["level": "error", "message": ["text": "\(ReportContext.displayPath(error.path)): \(error.reason)"],
             "locations": [["physicalLocation": ["artifactLocation": Self.artifact(error.path)]]]]
        }
        var driver: [String: Any] = [
            "name": "sdw",
            "version": context.toolVersion,
            "informationUri": context.informationURI,
            "rules": rules.map(Self.ruleDescriptor),
        ]
        if context.toolVersion.split(separator: ".").count == 3 { driver["semanticVersion"] = context.toolVersion }
        let sarifRun: [String: Any] = [
            "tool": ["driver": driver],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": [Self.sourceRoot: ["description": ["text": "The directory sdw was run in."]]],
            "invocations": [["executionSuccessful": run.ioErrors.isEmpty, "toolExecutionNotifications": notifications]],
            "results": results,
        ]
        return JSONText.render([
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [sarifRun],
        ] as [String: Any])
    }

    /// The rules to describe: every rule that could fire, then any other rule id found in the
    /// run (described by its id alone), so every result's `ruleIndex` is valid.
    func descriptors(for run: LintRun) -> [RuleDescription] {
        var rules = context.rules
        var known = Set(rules.map(\.id))
        for finding in run.findings where known.insert(finding.ruleID).inserted {
            rules.append(RuleDescription(id: finding.ruleID, severity: finding.severity, category: .plugin,
                                         summary: finding.ruleID, rationale: "", failing: [], passing: []))
        }
        return rules
    }

    /// A rule's SARIF `reportingDescriptor`: id, name, short and full description, help, default level.
    static func ruleDescriptor(_ rule: RuleDescription) -> [String: Any] {
        var descriptor: [String: Any] = [
            "id": rule.id,
            "name": name(of: rule.id),
            "shortDescription": ["text": rule.summary],
            "help": help(rule),
            "defaultConfiguration": ["level": level(rule.severity)],
            "properties": ["category": rule.category.rawValue, "tags": [rule.category.rawValue]],
        ]
        if !rule.rationale.isEmpty { descriptor["fullDescription"] = ["text": rule.rationale] }
        return descriptor
    }

    /// `unknown-reference` → `UnknownReference`; `seniors/offline-outreach` → `SeniorsOfflineOutreach`.
    static func name(of id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The SARIF level of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Help text and Markdown: the summary, the rationale, and a canvas the rule reports on.
    static func help(_ rule: RuleDescription) -> [String: String] {
        let pointer = "Run `sdw rules \(rule.id)` for examples."
        var text = rule.summary
        var markdown = "**\(rule.summary)**"
        if !rule.rationale.isEmpty {
            text += "\n\n" + rule.rationale
            markdown += "\n\n" + rule.rationale
        }
        if let example = rule.failingExamples.first, !example.isEmpty {
            markdown += "\n\nReported on:\n\n```yaml\n" + example + (example.hasSuffix("\n") ? "" : "\n") + "```"
        }
        return ["text": text + "\n\n" + pointer, "markdown": markdown + "\n\n" + pointer]
    }

    /// An `artifactLocation` for `path`: relative to `%SRCROOT%`, or a `file:` URI when absolute.
    static func artifact(_ path: String) -> [String: Any] {
        let display = ReportContext.displayPath(path)
        let encoded = display.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? display
        if display.hasPrefix("/") { return ["uri": "file://" + encoded] }
        return ["uri": encoded, "uriBaseId": sourceRoot]
    }

    private func result(_ finding: Finding, in fileResult: LintRun.FileResult, ruleIndex: Int, identity: String) -> [String: Any] {
        // Code scanning needs a region; a finding about the whole file points at its first line.
        var region: [String: Any] = ["startLine": finding.location?.line ?? 1]
        if let column = finding.location?.column { region["startColumn"] = column }
        var location: [String: Any] = ["physicalLocation": ["artifactLocation": Self.artifact(finding.file), "region": region]]
        if !finding.path.isEmpty {
            location["logicalLocations"] = [["fullyQualifiedName": finding.path, "kind": "member"]]
        }
        return [
            "ruleId": finding.ruleID,
            "ruleIndex": ruleIndex,
            "level": Self.level(finding.severity),
            "message": ["text": context.message(finding, in: fileResult)],
            "locations": [location],
            "partialFingerprints": [Self.fingerprintKey: identity],
        ]
    }
}
