import CanvasKit
import CanvasRules
import Foundation
import GRDB

extension CanvasStore {
    /// How many files are linted ahead of the writing thread at most.
    static let addWindow = 256

    /// Stores the canvases in `paths` (files and folders), all in one transaction.
    ///
    /// A canvas whose text differs from its latest revision gets a new revision; one whose text
    /// is the same gets none. Files that are not readable YAML, that have no `id:`, that repeat
    /// an id of this run, or (unless `allowErrors`) whose lint finds errors are refused.
    ///
    /// The files are linted on all cores while this thread writes the ones before them (see
    /// ``LintRun/stream(paths:linter:defaultLanguage:window:prepare:consume:)``), so writing
    /// overlaps linting and only a window of files is in memory at a time.
    public func add(
        paths: [String], message: String?, allowErrors: Bool, linter: Linter = Linter(), now: Date = Date()
    ) throws(StoreError) -> AddReport {
        let stamp = now.formatted(.iso8601)
        // Rows are inserted as their statements fill, children possibly before their parents
        // (see ``AddSession``); every parent is in before the commit. The pragma cannot change
        // inside a transaction, so it is set around it.
        try setForeignKeys(false)
        defer { try? setForeignKeys(true) }
        let writeBehind = WriteBehind(path: path + "-wal")
        defer { writeBehind.stop() }
        return try write { db in
            var session = try AddSession(db, message: message, allowErrors: allowErrors, stamp: stamp)
            let latest = session.latestHashes
            var canvases: [WorkshopSet.CanvasEntry] = [], workshops: [WorkshopSet.WorkshopEntry] = []
            let unreadable = try LintRun.stream(
                paths: paths, linter: linter, window: Self.addWindow,
                prepare: { AddInput($0, allowErrors: allowErrors, latest: latest) },
                consume: { inputs in
                    for input in inputs {
                        if let entry = input.canvasEntry { canvases.append(entry) }
                        if let entry = input.workshopEntry { workshops.append(entry) }
                        try session.take(input)
                    }
                })
            let across = try Self.checkAcrossFiles(canvases, workshops, linter: linter, db)
            var report = try session.finish()
            report.unreadable = unreadable.map { "\($0.path): error: \($0.reason)" }
            (report.acrossFiles, report.acrossFilesErrors) = across
            return report
        }
    }

    private func setForeignKeys(_ on: Bool) throws(StoreError) {
        do {
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = \(on ? "ON" : "OFF")") }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// `path:line:col: severity: message [rule-id]`, in `language`.
    static func line(for finding: Finding, language: Language) -> String {
        let position = finding.location.map { ":\($0.line):\($0.column)" } ?? ""
        return "\(finding.file)\(position): \(finding.severity.rawValue): \(finding.text(in: language)) [\(finding.ruleID)]"
    }
}
