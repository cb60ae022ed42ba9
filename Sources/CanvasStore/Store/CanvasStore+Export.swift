import CanvasKit
import Foundation

extension CanvasStore {
    /// The exact YAML text of revision `number` of canvas `id` (the latest when `nil`).
    ///
    /// The store keeps each revision's text as it was added, so the export loads to the same
    /// canvas, comments and layout included.
    public func exportText(_ id: String, revision number: Int? = nil) throws(StoreError) -> String {
        try revision(id, number: number).yaml
    }

    /// Writes the latest revision of every visible canvas to `directory` as `ID.yaml`; returns the paths written.
    ///
    /// Each file is written to a temporary name and renamed, so an interrupted export leaves no
    /// half-written canvas.
    public func exportAll(to directory: String) throws(StoreError) -> [String] {
        let rows = try read { db in
            try RevisionRecord.fetchAll(db, sql: """
                SELECT r.* FROM revisions r JOIN canvases c ON c.id = r.canvas_id AND r.number = c.latest_revision
                WHERE c.hidden = 0 ORDER BY c.id
                """)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: error.localizedDescription)
        }
        var written: [String] = []
        for revision in rows {
            let path = (directory as NSString).appendingPathComponent(revision.canvasId + ".yaml")
            try Self.writeFile(revision.yaml, to: path)
            written.append(path)
        }
        return written
    }

    /// Writes `text` to `path` with ``FileIO/write(_:to:)``: a regular file is replaced
    /// atomically keeping its mode and owner, a symbolic link is written through, a device or
    /// FIFO is written in place.
    public static func writeFile(_ text: String, to path: String) throws(StoreError) {
        do throws(FileError) {
            try FileIO.write(Array(text.utf8), to: path)
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }
}
