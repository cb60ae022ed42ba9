import CanvasKit
import GRDB

extension CanvasStore {
    /// The latest revision of every canvas that passes `filter`, by canvas id: what `sdw report
    /// --portfolio` (every visible canvas) and `sdw report --workshop ID` (the canvases with
    /// `workshop: ID`) read.
    public func latestRevisions(_ filter: ListFilter = ListFilter()) throws(StoreError) -> [RevisionRecord] {
        let condition = filter.condition
        return try read { db in
            try RevisionRecord.fetchAll(db, sql: """
                SELECT r.* FROM (SELECT id, latest_revision FROM canvases WHERE \(condition.sql)) c
                JOIN revisions r ON r.canvas_id = c.id AND r.number = c.latest_revision ORDER BY c.id
                """, arguments: StatementArguments(condition.arguments))
        }
    }

    /// The stored workshop file with id `id`, or `nil` when `sdw add` has stored none with that id.
    public func workshop(_ id: String) throws(StoreError) -> WorkshopRecord? {
        try read { db in try WorkshopRecord.fetchOne(db, key: id) }
    }

    /// The ids of every stored workshop file, sorted.
    public func workshopIDs() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM workshops ORDER BY id") }
    }
}
