import CanvasKit
import CanvasRules
import GRDB

extension CanvasStore {
    /// How many cross-file lines `sdw add` prints at most: a copied corpus (thousands of canvases
    /// for one group) must not bury the summary.
    static let maxAcrossFileLines = 20

    /// A stored canvas as the cross-file rules see it, with the file its latest revision came from.
    struct StoredEntry: FetchableRecord, Decodable {
        var id: String
        var workshop: String?
        var groupNumber: Int?
        var plugin: String?
        var sourcePath: String
    }

    /// The cross-file rules of `linter` over the canvases and workshops of one `sdw add`, with the
    /// store's workshops and its other canvases beside them; and a notice for each file whose
    /// stored canvas had another id (its old canvas stays in the store, and in the workshop
    /// report, until it is removed). One line each, in the canvas's language; and how many are errors.
    static func checkAcrossFiles(_ canvases: [WorkshopSet.CanvasEntry], _ workshops: [WorkshopSet.WorkshopEntry],
                                 linter: Linter, _ db: Database) throws -> (lines: [String], errors: Int) {
        let added = Set(canvases.compactMap(\.id))
        let stored = try StoredEntry.fetchAll(db, sql: """
            SELECT c.id, c.workshop, c.group_number AS groupNumber, c.plugin, r.source_path AS sourcePath
            FROM canvases c JOIN revisions r ON r.canvas_id = c.id AND r.number = c.latest_revision
            WHERE c.hidden = 0 ORDER BY c.id
            """).filter { !added.contains($0.id) }
        let storedWorkshops = try WorkshopRecord.fetchAll(db).compactMap { record in
            record.workshop.flatMap { WorkshopSet.WorkshopEntry($0, path: record.sourcePath) }
        }
        // The stored canvases come first, so a clash is reported at the file being added.
        let others = stored.map { entry in
            WorkshopSet.CanvasEntry(path: entry.sourcePath + " (stored)", id: entry.id, workshop: entry.workshop,
                                    group: entry.groupNumber, plugin: entry.plugin)
        }
        let languages = Dictionary(canvases.map { ($0.path, $0.language) }, uniquingKeysWith: { first, _ in first })
        let set = WorkshopSet(canvases: others + canvases, workshops: workshops + storedWorkshops)
        let findings = linter.lint(set)
            // Ids repeated within the run are already refused, and a stored id is an update.
            .filter { languages[$0.file] != nil && $0.ruleID != "duplicate-canvas-id" }
            .sorted(by: Finding.ordered)
        var lines = findings.map { line(for: $0, language: languages[$0.file] ?? .en) }
        let byPath = Dictionary(stored.map { ($0.sourcePath, $0.id) }, uniquingKeysWith: { first, _ in first })
        for canvas in canvases {
            guard let id = canvas.id, let old = byPath[canvas.path], old != id else { continue }
            lines.append("\(canvas.path):\(canvas.idLocation.line):\(canvas.idLocation.column): warning: this file was "
                         + "stored as '\(old)' and now says id '\(id)'; '\(old)' stays in the store and in its workshop's "
                         + "report beside '\(id)' until you hide it with `sdw rm \(old)` (its revisions are kept)")
        }
        if lines.count > maxAcrossFileLines {
            let rest = lines.count - maxAcrossFileLines
            lines = Array(lines.prefix(maxAcrossFileLines))
                + ["… and \(rest) more across files (sdw lint on the same files lists them all)"]
        }
        return (lines, findings.filter { $0.severity == .error }.count)
    }
}
