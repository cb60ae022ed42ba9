import CanvasKit
import GRDB

/// Keeps the section tables and the search index in step with each canvas's latest revision.
enum SectionIndexer {
    /// Replaces the section rows of `canvasID` by `rows` (made from its latest revision).
    static func replace(canvasID: String, with rows: SectionRows, _ db: Database) throws {
        try SectionRows.delete(canvasID: canvasID, db)
        try rows.insert(db)
    }

    /// Replaces the section rows of `canvasID` by those of `canvas`, and its summary columns.
    static func replace(canvasID: String, with canvas: Canvas, _ db: Database) throws {
        try replace(canvasID: canvasID, with: SectionRows(canvas: canvas, canvasID: canvasID), db)
        try db.execute(
            sql: "UPDATE canvases SET target_group = ?, target_size = ?, service = ? WHERE id = ?",
            arguments: [canvas.targetGroup?.name, canvas.targetGroup?.size, canvas.service?.name, canvasID])
    }

    /// Rebuilds the section rows of every stored canvas from its latest revision's text.
    ///
    /// The derived-data step after the migrations runs this when a migration asks for it (see
    /// ``CanvasStore/rebuildDerivedData(_:)``), so a store written before the section tables
    /// existed gains them from the revisions it already holds.
    static func reindexAll(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.canvas_id, r.yaml, r.source_path FROM revisions r
            JOIN canvases c ON c.id = r.canvas_id AND r.number = c.latest_revision
            """)
        for row in rows {
            let id: String = row["canvas_id"]
            let text: String = row["yaml"]
            let path: String = row["source_path"]
            guard let canvas = CanvasLoader.load(Array(text.utf8), path: path).canvas else { continue }
            try replace(canvasID: id, with: canvas, db)
        }
    }
}
