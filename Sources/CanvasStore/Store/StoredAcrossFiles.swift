import CanvasKit
import CanvasRules
import GRDB

/// Checks an add's canvases and workshops across files: given the run's own entries and what the
/// store held beside them, returns one line per finding and how many are errors. The caller (the
/// layer above the store) lints and formats; the store only hands over what it holds.
public typealias AcrossFilesCheck = (
    _ canvases: [WorkshopSet.CanvasEntry], _ workshops: [WorkshopSet.WorkshopEntry], _ stored: StoredAcrossFiles
) -> (lines: [String], errors: Int)

/// What a store holds that the rules across files compare an add with: its other canvases (the
/// ones the add does not name), its workshops, and the id each stored file had.
public struct StoredAcrossFiles: Sendable {
    /// The store's visible canvases that the add does not name, their paths marked `(stored)`.
    public var canvases: [WorkshopSet.CanvasEntry]
    /// The store's workshops.
    public var workshops: [WorkshopSet.WorkshopEntry]
    /// The id of the canvas each stored file (by source path) became.
    public var idsByPath: [String: String]

    /// A stored canvas as the cross-file rules see it, with the file its latest revision came from.
    private struct Row: FetchableRecord, Decodable {
        var id: String
        var workshop: String?
        var groupNumber: Int?
        var plugin: String?
        var sourcePath: String
    }

    /// Reads them in `db`, leaving out the canvases whose ids are in `added`.
    init(_ db: Database, excluding added: Set<String>) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id, c.workshop, c.group_number AS groupNumber, c.plugin, r.source_path AS sourcePath
            FROM canvases c JOIN revisions r ON r.canvas_id = c.id AND r.number = c.latest_revision
            WHERE c.hidden = 0 ORDER BY c.id
            """).filter { !added.contains($0.id) }
        canvases = rows.map { row in
            WorkshopSet.CanvasEntry(path: row.sourcePath + " (stored)", id: row.id, workshop: row.workshop,
                                    group: row.groupNumber, plugin: row.plugin)
        }
        workshops = try WorkshopRecord.fetchAll(db).compactMap { record in
            record.workshop.flatMap { WorkshopSet.WorkshopEntry($0, path: record.sourcePath) }
        }
        idsByPath = Dictionary(rows.map { ($0.sourcePath, $0.id) }, uniquingKeysWith: { first, _ in first })
    }
}
