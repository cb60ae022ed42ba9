import CanvasKit
import GRDB

/// The writing side of one `sdw add`, inside its one transaction: takes the files in path
/// order as they come out of linting, decides what is refused, added, updated or unchanged,
/// and writes the rows table by table, many rows per statement prepared once.
///
/// Each row is bound as soon as its canvas is taken and inserted when its table's statement is
/// full (see ``BatchInserter``), so a child row may be inserted before its parent: the add runs
/// with foreign keys unchecked (``CanvasStore/add(message:allowErrors:now:feed:)``),
/// and every parent is inserted by ``finish()``, before the commit.
struct AddSession {
    private let db: Database
    private let message: String?
    private let allowErrors: Bool
    /// The revisions' time, ISO 8601.
    private let stamp: String
    /// The latest revision number and text hash of every stored canvas.
    private let latest: [String: (number: Int, hash: String)]
    /// The first path of each id of this run (workshop ids prefixed `workshop:`).
    private var firstPath: [String: String] = [:]
    private let canvases: BatchInserter
    private let revisions: BatchInserter
    private let findings: BatchInserter
    private var sections: SectionRows.Writer
    /// What was done so far.
    private var report = AddReport()
    /// How many canvases a run stores before it holds the search index's merges until its end
    /// (see ``SectionTable/holdSearchMerges(_:)``): a smaller add leaves the index to FTS5's usual
    /// merging, which is what merges the segments a large add left.
    static let holdMergesAfter = 500
    /// How many canvases were stored (added or updated) so far.
    private var stored: Int { report.added.count + report.updated.count }

    /// Starts the session on `db`, in its transaction, reading the latest revision of every canvas.
    init(_ db: Database, message: String?, allowErrors: Bool, stamp: String) throws {
        self.db = db
        self.message = message
        self.allowErrors = allowErrors
        self.stamp = stamp
        var latest: [String: (number: Int, hash: String)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.latest_revision, r.text_hash FROM canvases c
            JOIN revisions r ON r.canvas_id = c.id AND r.number = c.latest_revision
            """)
        while let row = try rows.next() { latest[row[0]] = (row[1], row[2]) }
        self.latest = latest
        canvases = BatchInserter(db, for: CanvasRecord.self)
        revisions = BatchInserter(db, for: RevisionRecord.self)
        findings = BatchInserter(db, for: FindingRecord.self)
        sections = SectionRows.Writer(db)
    }

    /// The text hash of each stored canvas's latest revision, for ``AddInput``.
    var latestHashes: [String: String] { latest.mapValues(\.hash) }

    /// Takes the next file, in path order.
    mutating func take(_ input: AddInput) throws {
        switch input.kind {
        case .workshop(let record):
            guard let record else { return refuse(input.path, "the workshop has no `id:`") }
            if let first = firstPath["workshop:" + record.id] {
                return refuse(input.path, "workshop id '\(record.id)' is also in \(first)")
            }
            firstPath["workshop:" + record.id] = input.path
            if try WorkshopRecord.store(record, at: stamp, db) { report.workshops.append(record.id) }
        case .refused(let reason, let details):
            refuse(input.path, reason, details: details)
        case .canvas(let canvas):
            if let first = firstPath[canvas.id] { return refuse(input.path, "id '\(canvas.id)' is also in \(first)") }
            firstPath[canvas.id] = input.path
            let errors = canvas.summary.errors
            if errors > 0 && !allowErrors {
                let reason = "\(errors) lint error\(errors == 1 ? "" : "s") (--allow-errors stores it anyway)"
                return refuse(input.path, reason, details: canvas.details)
            }
            try store(canvas, from: input.path)
        }
    }

    private mutating func refuse(_ path: String, _ reason: String, details: [String] = []) {
        report.refused.append(.init(path: path, reason: reason, details: details))
    }

    /// Writes a new revision of `canvas`, unless its text is its latest revision's.
    private mutating func store(_ canvas: CanvasInput, from path: String) throws {
        let previous = latest[canvas.id]
        if let previous, previous.hash == canvas.hash, try latestText(of: canvas.id, previous.number) == canvas.text {
            report.unchanged.append(canvas.id)
            return
        }
        let number = (previous?.number ?? 0) + 1
        var record = canvas.record
        record.latestRevision = number
        record.updatedAt = stamp
        if previous == nil {
            report.added.append(canvas.id)
        } else {
            report.updated.append(canvas.id)
            // Before the new rows are bound: the old ones go now, the new ones later.
            try sections.delete(canvasIDs: [canvas.id])
        }
        try canvases.add(record)
        try revisions.add(RevisionRecord(
            canvasId: canvas.id, number: number, yaml: canvas.text, textHash: canvas.hash, sourcePath: path,
            message: message, createdAt: stamp, errors: canvas.summary.errors, warnings: canvas.summary.warnings,
            infos: canvas.summary.infos))
        for var finding in canvas.findings {
            finding.revision = number
            try findings.add(finding)
        }
        if let rows = canvas.rows {
            try sections.add(rows)
        } else if let parsed = canvas.canvas {
            try sections.add(SectionRows(canvas: parsed, canvasID: canvas.id))
        }
        if canvas.summary.errors > 0 { report.storedWithErrors.append(canvas.id) }
        if stored == Self.holdMergesAfter { try SectionTable.holdSearchMerges(db) }
    }

    /// Inserts the rows still waiting; returns the report. Call it once, after the last file.
    mutating func finish() throws -> AddReport {
        try canvases.finish()
        try revisions.finish()
        try findings.finish()
        try sections.finish()
        if stored >= Self.holdMergesAfter { try SectionTable.resumeSearchMerges(db) }
        return report
    }

    /// The text of revision `number` of canvas `id`.
    private func latestText(of id: String, _ number: Int) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT yaml FROM revisions WHERE canvas_id = ? AND number = ?"),
                            arguments: [id, number])
    }
}
