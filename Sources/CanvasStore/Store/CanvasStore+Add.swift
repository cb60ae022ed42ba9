import CanvasKit
import CanvasRules
import Foundation
import GRDB

extension CanvasStore {
    /// A canvas file that passed the checks, with every row it will write prepared.
    private struct Candidate {
        var id: String
        var path: String
        var text: String
        var canvas: Canvas
        var findings: [Finding]
        var summary: LintSummary
        /// Filled in parallel before the transaction, so the one writing thread only runs SQL.
        var rows: SectionRows?
        var findingRows: [FindingRecord] = []
        var hash = ""
    }

    /// Stores the canvases in `paths` (files and folders), all in one transaction.
    ///
    /// A canvas whose text differs from its latest revision gets a new revision; one whose text
    /// is the same gets none. Files that are not readable YAML, that have no `id:`, that repeat
    /// an id of this run, or (unless `allowErrors`) whose lint finds errors are refused.
    public func add(
        paths: [String], message: String?, allowErrors: Bool, linter: Linter = Linter(), now: Date = Date()
    ) throws(StoreError) -> AddReport {
        let run = LintRun.run(paths: paths, linter: linter, keepDocuments: true)
        var report = AddReport()
        report.unreadable = run.ioErrors.map { "\($0.path): error: \($0.reason)" }
        var candidates: [Candidate] = []
        var workshops: [WorkshopRecord] = []
        var firstPath: [String: String] = [:]
        for result in run.results {
            guard let file = result.file else { continue }
            let errors = result.findings.filter { $0.severity == .error }
            let details = errors.map { Self.line(for: $0, language: result.language) }
            if let workshop = file.workshop {
                guard let id = workshop.id, !id.isEmpty else {
                    report.refused.append(.init(path: result.path, reason: "the workshop has no `id:`", details: []))
                    continue
                }
                if let first = firstPath["workshop:" + id] {
                    report.refused.append(.init(path: result.path, reason: "workshop id '\(id)' is also in \(first)",
                                                details: []))
                    continue
                }
                firstPath["workshop:" + id] = result.path
                workshops.append(WorkshopRecord(id: id, workshop: workshop, yaml: file.text, sourcePath: result.path))
                continue
            }
            guard let canvas = file.canvas, !errors.contains(where: { $0.ruleID == "invalid-yaml" }) else {
                report.refused.append(.init(path: result.path, reason: "not readable YAML", details: details))
                continue
            }
            guard let id = canvas.id, !id.isEmpty else {
                report.refused.append(.init(path: result.path, reason: "the canvas has no `id:`", details: []))
                continue
            }
            if let first = firstPath[id] {
                report.refused.append(.init(path: result.path, reason: "id '\(id)' is also in \(first)", details: []))
                continue
            }
            firstPath[id] = result.path
            let summary = LintSummary(files: 1, findings: result.findings)
            if summary.errors > 0 && !allowErrors {
                let reason = "\(summary.errors) lint error\(summary.errors == 1 ? "" : "s") (--allow-errors stores it anyway)"
                report.refused.append(.init(path: result.path, reason: reason, details: details))
                continue
            }
            candidates.append(Candidate(id: id, path: result.path, text: file.text, canvas: canvas,
                                        findings: result.findings, summary: summary))
        }
        Self.prepareRows(&candidates)
        let stamp = now.formatted(.iso8601)
        let (outcome, storedWorkshops) = try write { db in
            (try Self.store(candidates, message: message, at: stamp, db), try WorkshopRecord.store(workshops, at: stamp, db))
        }
        report.workshops = storedWorkshops
        report.added = outcome.added
        report.updated = outcome.updated
        report.unchanged = outcome.unchanged
        report.storedWithErrors = candidates.filter { $0.summary.errors > 0 }.map(\.id)
            .filter { !outcome.unchanged.contains($0) }
        return report
    }

    /// Makes each candidate's section rows, finding rows and text hash, on all cores.
    private static func prepareRows(_ candidates: inout [Candidate]) {
        candidates.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: slots.count) { index in
                // Each iteration writes only its own element.
                var candidate = slots[index]
                candidate.hash = RevisionRecord.hash(candidate.text)
                candidate.rows = SectionRows(canvas: candidate.canvas, canvasID: candidate.id)
                candidate.findingRows = candidate.findings.map { finding in
                    FindingRecord(canvasId: candidate.id, revision: 0, ruleId: finding.ruleID,
                                  severity: finding.severity.rawValue, line: finding.location?.line,
                                  column: finding.location?.column, itemPath: finding.path,
                                  message: finding.text(in: candidate.canvas.language))
                }
                slots[index] = candidate
            }
        }
    }

    /// Writes the candidates; returns the ids added, updated and unchanged.
    private static func store(
        _ candidates: [Candidate], message: String?, at stamp: String, _ db: Database
    ) throws -> (added: [String], updated: [String], unchanged: [String]) {
        var latest: [String: (number: Int, hash: String)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.latest_revision, r.text_hash FROM canvases c
            JOIN revisions r ON r.canvas_id = c.id AND r.number = c.latest_revision
            """)
        while let row = try rows.next() { latest[row[0]] = (row[1], row[2]) }

        var added: [String] = [], updated: [String] = [], unchanged: [String] = []
        // Every row is collected first and then written table by table, many rows per statement.
        var canvasRows: [CanvasRecord] = [], revisionRows: [RevisionRecord] = [], findingRows: [FindingRecord] = []
        var sections = SectionRows()
        for candidate in candidates {
            let previous = latest[candidate.id]
            if let previous, previous.hash == candidate.hash,
               try String.fetchOne(db, sql: "SELECT yaml FROM revisions WHERE canvas_id = ? AND number = ?",
                                   arguments: [candidate.id, previous.number]) == candidate.text {
                unchanged.append(candidate.id)
                continue
            }
            let number = (previous?.number ?? 0) + 1
            let canvas = candidate.canvas, summary = candidate.summary
            canvasRows.append(CanvasRecord(
                id: candidate.id, title: canvas.title, language: canvas.language.rawValue, plugin: canvas.plugin,
                status: canvas.status.rawValue, library: canvas.library, workshop: canvas.workshop,
                groupNumber: canvas.group, latestRevision: number, errors: summary.errors, warnings: summary.warnings,
                infos: summary.infos, hidden: false, updatedAt: stamp, targetGroup: canvas.targetGroup?.name,
                targetSize: canvas.targetGroup?.size, service: canvas.service?.name))
            revisionRows.append(RevisionRecord(
                canvasId: candidate.id, number: number, yaml: candidate.text, textHash: candidate.hash,
                sourcePath: candidate.path, message: message, createdAt: stamp, errors: summary.errors,
                warnings: summary.warnings, infos: summary.infos))
            findingRows += candidate.findingRows.map { var row = $0; row.revision = number; return row }
            if let rows = candidate.rows { sections.append(rows) }
            if previous == nil {
                added.append(candidate.id)
            } else {
                updated.append(candidate.id)
                // The old section rows of an updated canvas go before any new row is written.
                try SectionRows.delete(canvasID: candidate.id, db)
            }
        }
        // Parents before children: the section, revision and finding rows reference their canvas.
        try CanvasRecord.insert(canvasRows, db)
        try RevisionRecord.insert(revisionRows, db)
        try FindingRecord.insert(findingRows, db)
        try sections.insert(db)
        return (added, updated, unchanged)
    }

    /// `path:line:col: severity: message [rule-id]`, in `language`.
    static func line(for finding: Finding, language: Language) -> String {
        let position = finding.location.map { ":\($0.line):\($0.column)" } ?? ""
        return "\(finding.file)\(position): \(finding.severity.rawValue): \(finding.text(in: language)) [\(finding.ruleID)]"
    }
}
