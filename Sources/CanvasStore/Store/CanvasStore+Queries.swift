import CanvasKit
import GRDB

extension CanvasStore {
    /// The canvases that pass `filter`, by id.
    public func list(_ filter: ListFilter = ListFilter()) throws(StoreError) -> [CanvasRecord] {
        let condition = filter.condition
        return try read { db in
            try CanvasRecord.fetchAll(db, sql: "SELECT * FROM canvases WHERE \(condition.sql) ORDER BY id",
                                      arguments: StatementArguments(condition.arguments))
        }
    }

    /// The canvas `id`, hidden or not.
    public func canvas(_ id: String) throws(StoreError) -> CanvasRecord {
        let record = try read { db in try CanvasRecord.fetchOne(db, key: id) }
        guard let record else { throw .canvasNotFound(id: id, nearest: try nearestID(to: id)) }
        return record
    }

    /// The stored canvas id nearest to `id` (a likely typo of it), if there is one.
    func nearestID(to id: String) throws(StoreError) -> String? {
        let ids = try read { db in try String.fetchAll(db, sql: "SELECT id FROM canvases") }
        return Suggestion.nearest(to: id, in: ids)
    }

    /// Revision `number` of canvas `id` (the latest when `nil`).
    public func revision(_ id: String, number: Int? = nil) throws(StoreError) -> RevisionRecord {
        let record = try canvas(id)
        let wanted = number ?? record.latestRevision
        let revision = try read { db in
            try RevisionRecord.fetchOne(db, key: ["canvas_id": id, "number": wanted])
        }
        guard let revision else { throw .revisionNotFound(id: id, revision: wanted, latest: record.latestRevision) }
        return revision
    }

    /// Every revision of canvas `id`, oldest first.
    public func history(_ id: String) throws(StoreError) -> RevisionHistory {
        let record = try canvas(id)
        let revisions = try read { db in
            try RevisionRecord.fetchAll(db, sql: "SELECT * FROM revisions WHERE canvas_id = ? ORDER BY number",
                                        arguments: [id])
        }
        return RevisionHistory(canvas: record, revisions: revisions)
    }

    /// Revision `number` of canvas `id` (the latest when `nil`) with its model and findings, for `sdw show`.
    public func view(_ id: String, revision number: Int? = nil) throws(StoreError) -> CanvasView {
        let record = try canvas(id)
        let revision = try revision(id, number: number)
        let findings = try read { db in
            try FindingRecord.fetchAll(db, sql: """
                SELECT * FROM findings WHERE canvas_id = ? AND revision = ? ORDER BY line, "column", rule_id
                """, arguments: [id, revision.number])
        }
        return CanvasView(canvas: record, revision: revision, model: Self.model(of: revision), findings: findings)
    }

    /// What changed in canvas `id` from revision `from` to revision `to`.
    ///
    /// With neither, the latest revision against the one before; with `from` only, `from` against the latest.
    public func diff(_ id: String, from: Int? = nil, to: Int? = nil) throws(StoreError) -> CanvasDiff {
        let record = try canvas(id)
        let newer = try revision(id, number: to ?? record.latestRevision)
        let older = try revision(id, number: from ?? max(1, newer.number - 1))
        return CanvasDiff(id: id, from: older.number, to: newer.number,
                          old: Self.model(of: older), new: Self.model(of: newer))
    }

    /// Hides canvas `id` (`hidden == true`) or brings it back; returns whether anything changed.
    @discardableResult
    public func setHidden(_ id: String, _ hidden: Bool) throws(StoreError) -> Bool {
        let changed = try write { db in
            try db.execute(sql: "UPDATE canvases SET hidden = ? WHERE id = ? AND hidden != ?",
                           arguments: [hidden, id, hidden])
            return db.changesCount > 0
        }
        if !changed { _ = try canvas(id) }
        return changed
    }

    /// The canvas model of a revision, decoded from its stored text.
    static func model(of revision: RevisionRecord) -> Canvas {
        CanvasLoader.load(Array(revision.yaml.utf8), path: revision.sourcePath).canvas ?? Canvas()
    }
}
