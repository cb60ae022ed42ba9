import CanvasKit
import CanvasReports
import CanvasRules
import CanvasStore

extension CanvasState {
    /// The rules whose findings, on a draft, are what is left to fill rather than faults.
    static let leftRules: Set<String> = ["missing-section", "empty-section"]

    /// The findings in the shape of `sdw lint --format json` (each file's `findings`), messages
    /// in the canvas's language.
    var findingsValue: DocumentValue { Self.findingsValue(lint) }

    /// The findings of `result` in the shape of `sdw lint --format json`.
    static func findingsValue(_ result: LintRun.FileResult) -> DocumentValue {
        let reporter = JSONReporter(context: ReportContext(toolVersion: "", informationURI: "", rules: []))
        return DocumentValue(reporter.findingsValue(result))
    }

    /// The sections still to fill (missing or empty), by their canvas path.
    static func left(_ result: LintRun.FileResult) -> [String] {
        result.findings.filter { leftRules.contains($0.ruleID) }.map(\.path)
    }

    /// The canvas as the API returns it.
    var json: DocumentValue {
        let summary = LintSummary(files: 1, findings: lint.findings)
        return .object([
            .init("id", .string(record.id)),
            .init("title", record.title.map(DocumentValue.string) ?? .null),
            .init("plugin", record.plugin.map(DocumentValue.string) ?? .null),
            .init("status", .string(record.status)),
            .init("language", .string(record.language)),
            .init("workshop", record.workshop.map(DocumentValue.string) ?? .null),
            .init("revision", .number(String(revision.number))),
            .init("etag", .string(etag)),
            .init("updatedAt", .string(revision.createdAt)),
            .init("hasComments", .bool(hasComments)),
            .init("canvas", document),
            .init("summary", Self.summaryValue(summary)),
            .init("left", .array(Self.left(lint).map(DocumentValue.string))),
            .init("findings", findingsValue),
        ])
    }

    /// `{"errors": n, "warnings": n, "infos": n}`.
    static func summaryValue(_ summary: LintSummary) -> DocumentValue {
        .object([
            .init("errors", .number(String(summary.errors))),
            .init("warnings", .number(String(summary.warnings))),
            .init("infos", .number(String(summary.infos))),
        ])
    }
}

extension CanvasRecord {
    /// The canvas's line in the API's list.
    var listJSON: DocumentValue {
        func text(_ value: String?) -> DocumentValue { value.map(DocumentValue.string) ?? .null }
        return .object([
            .init("id", .string(id)),
            .init("title", text(title)),
            .init("plugin", text(plugin)),
            .init("status", .string(status)),
            .init("language", .string(language)),
            .init("workshop", text(workshop)),
            .init("group", groupNumber.map { .number(String($0)) } ?? .null),
            .init("revision", .number(String(latestRevision))),
            .init("errors", .number(String(errors))),
            .init("warnings", .number(String(warnings))),
            .init("infos", .number(String(infos))),
            .init("updatedAt", .string(updatedAt)),
            .init("targetGroup", text(targetGroup)),
            .init("service", text(service)),
        ])
    }
}
