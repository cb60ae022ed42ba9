import CanvasKit
import CanvasRules
import Foundation

/// Writes the run as JSON of a documented, versioned shape (`"version": 1`), described by the
/// JSON Schema `Schemas/lint-result.schema.json`.
///
/// ```json
/// { "version": 1,
///   "tool": { "name": "sdw", "version": "0.1.0" },
///   "summary": { "files": 1, "errors": 1, "warnings": 0, "infos": 0 },
///   "files": [ { "path": "a.yaml", "language": "en", "findings": [
///       { "ruleId": "unknown-key", "severity": "error", "message": "…", "line": 3, "column": 1,
///         "canvasPath": "target_group.nmae", "fingerprint": "0123456789abcdef:1" } ] } ],
///   "ioErrors": [ { "path": "missing.yaml", "reason": "no such file" } ] }
/// ```
/// `line` and `column` are `null` for a finding about the whole file. A later version adds
/// keys; a change of meaning or a removal raises `version`.
public struct JSONReporter: Sendable {
    /// The version of the JSON shape this reporter writes.
    public static let formatVersion = 1

    /// The tool and rule information.
    public var context: ReportContext

    /// Creates a reporter.
    public init(context: ReportContext) {
        self.context = context
    }

    /// The whole run as JSON text.
    public func render(_ run: LintRun) -> String {
        let summary = LintSummary(files: run.results.count, findings: run.findings)
        let document: [String: Any] = [
            "version": Self.formatVersion,
            "tool": ["name": "sdw", "version": context.toolVersion],
            "summary": ["files": summary.files, "errors": summary.errors, "warnings": summary.warnings,
                        "infos": summary.infos],
            "files": run.results.map(file),
            "ioErrors": run.ioErrors.sorted { $0.path < $1.path }.map {
                ["path": ReportContext.displayPath($0.path), "reason": $0.reason]
            },
        ]
        return JSONText.render(document)
    }

    /// The findings of one file: the array that ``render(_:)`` writes as the file's `findings`
    /// (what `sdw serve` sends beside a canvas).
    public func findingsValue(_ result: LintRun.FileResult) -> JSONValue {
        JSONText.value(findings(of: result))
    }

    private func file(_ result: LintRun.FileResult) -> [String: Any] {
        ["path": ReportContext.displayPath(result.path), "language": result.language.rawValue,
         "findings": findings(of: result)]
    }

    private func findings(of result: LintRun.FileResult) -> [[String: Any]] {
        let identities = FindingFingerprint.occurrenceIdentities(of: result)
        return zip(result.findings, identities).map { finding, identity in
            [
                "ruleId": finding.ruleID,
                "severity": finding.severity.rawValue,
                "message": context.message(finding, in: result),
                "line": finding.location.map { $0.line as Any } ?? NSNull(),
                "column": finding.location.map { $0.column as Any } ?? NSNull(),
                "canvasPath": finding.path,
                "fingerprint": identity,
            ]
        }
    }
}
