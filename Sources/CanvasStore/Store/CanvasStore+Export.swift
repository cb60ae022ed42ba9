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

    /// Writes the latest revision of every visible canvas to `directory` as `ID.yaml`, and every
    /// stored workshop file as `workshops/ID.yaml`; returns the paths written, canvases first.
    ///
    /// A file's name comes from its stored id through ``fileName(for:)``, which keeps every file
    /// inside `directory` whatever the id holds. Each file is written to a temporary name and
    /// renamed, so an interrupted export leaves no half-written canvas.
    public func exportAll(to directory: String) throws(StoreError) -> (canvases: [String], workshops: [String]) {
        let (revisions, workshops) = try read { db in
            (try RevisionRecord.fetchAll(db, sql: """
                SELECT r.* FROM revisions r JOIN canvases c ON c.id = r.canvas_id AND r.number = c.latest_revision
                WHERE c.hidden = 0 ORDER BY c.id
                """),
             try WorkshopRecord.fetchAll(db, sql: "SELECT * FROM workshops ORDER BY id"))
        }
        let workshopDirectory = (directory as NSString).appendingPathComponent("workshops")
        for folder in [directory] + (workshops.isEmpty ? [] : [workshopDirectory]) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: folder, reason: error.localizedDescription)
            }
        }
        var written: (canvases: [String], workshops: [String]) = ([], [])
        for revision in revisions {
            let path = (directory as NSString).appendingPathComponent(Self.fileName(for: revision.canvasId))
            try Self.writeFile(revision.yaml, to: path)
            written.canvases.append(path)
        }
        for workshop in workshops {
            let path = (workshopDirectory as NSString).appendingPathComponent(Self.fileName(for: workshop.id))
            try Self.writeFile(workshop.yaml, to: path)
            written.workshops.append(path)
        }
        return written
    }

    /// `ID.yaml`, a plain file name for any id: `%`, `/`, `\`, control characters (NUL among
    /// them) and a leading `.` are written `%XX` (their UTF-8 bytes), so that no id names a path
    /// outside the folder (`../x`, `/etc/x`), a hidden file, or an empty name; two ids never
    /// share a name.
    static func fileName(for id: String) -> String {
        var name = ""
        for (index, scalar) in id.unicodeScalars.enumerated() {
            let escaped = scalar == "%" || scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
                || (index == 0 && scalar == ".")
            if escaped {
                for byte in String(scalar).utf8 { name += String(format: "%%%02X", byte) }
            } else {
                name.unicodeScalars.append(scalar)
            }
        }
        return name + ".yaml"
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
