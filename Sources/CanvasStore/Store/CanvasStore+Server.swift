import CanvasKit
import CanvasRules
import Foundation
import GRDB

/// What `sdw serve` needs beyond `sdw add`: storing one canvas text that did not come from a
/// file, optionally in place of the latest revision (an autosave that continues it).
extension CanvasStore {
    /// Stores `text` (already loaded as `file` and linted into `findings`) as canvas `id`.
    ///
    /// With `replacing` equal to the canvas's latest revision number, that revision's text,
    /// findings and counts are replaced and no revision is added (one person's edits within a
    /// short time stay one revision); otherwise a new revision is added. An unchanged text is not
    /// stored again: the latest revision is returned as it is. The canvas's id in the text is
    /// not consulted: `id` names the canvas.
    ///
    /// - Returns: the revision now latest.
    public func save(
        id: String, file: LoadedFile, findings: [Finding], message: String?, replacing: Int? = nil,
        now: Date = Date()
    ) throws(StoreError) -> RevisionRecord {
        let stamp = now.formatted(.iso8601)
        let text = file.text
        let canvas = file.canvas ?? Canvas()
        let summary = LintSummary(files: 1, findings: findings)
        let input = CanvasInput(id: id, text: text, hash: RevisionRecord.hash(text), summary: summary, details: [],
                                canvas: canvas, findings: findings)
        return try write { db in
            let latest = try CanvasRecord.fetchOne(db, key: id)
            if let latest, let current = try RevisionRecord.fetchOne(
                db, key: ["canvas_id": id, "number": latest.latestRevision]), current.yaml == text {
                return current
            }
            let inPlace = latest != nil && replacing == latest?.latestRevision
            let number = inPlace ? latest!.latestRevision : (latest?.latestRevision ?? 0) + 1
            var record = input.record
            record.latestRevision = number
            record.updatedAt = stamp
            record.hidden = latest?.hidden ?? false
            if latest != nil { try SectionRows.delete(canvasID: id, db) }
            if inPlace {
                try db.execute(sql: "DELETE FROM findings WHERE canvas_id = ? AND revision = ?", arguments: [id, number])
            }
            try record.save(db)
            let revision = RevisionRecord(
                canvasId: id, number: number, yaml: text, textHash: input.hash, sourcePath: file.path,
                message: message, createdAt: stamp, errors: summary.errors, warnings: summary.warnings,
                infos: summary.infos)
            try revision.save(db)
            for var finding in input.findings {
                finding.revision = number
                try finding.insert(db)
            }
            try Self.insertSmall(SectionRows(canvas: canvas, canvasID: id), db)
            return revision
        }
    }

    /// Inserts the section rows of one canvas with statements sized for one canvas: the batch
    /// statements of ``SectionRows/Writer`` always read their full `VALUES` list (256 or 4096
    /// rows), which costs a single canvas about 100 ms.
    static func insertSmall(_ rows: SectionRows, _ db: Database) throws {
        for table in SectionTable.allCases {
            let range = rows.range(of: table)
            guard !range.isEmpty else { continue }
            var didInsert: BatchInserter.DidInsert?
            if table == .searchItems { didInsert = { try SectionTable.indexSearchItems(rows: $0, lastRowID: $1, $2) } }
            var inserter = BatchInserter(db, insertSQL: table.insertSQL, limit: 8, didInsert: didInsert)
            try inserter.add(rows.values, range)
            try inserter.finish()
        }
    }

    /// The stored canvases whose sections match the words of `text`, best first: at most `limit` ids.
    public func matchingCanvasIDs(_ text: String, limit: Int = 200) throws(StoreError) -> [String] {
        var seen = Set<String>()
        return try search(text, limit: limit).hits.compactMap { seen.insert($0.canvasId).inserted ? $0.canvasId : nil }
    }
}
