import CanvasKit
import GRDB

/// The writing side of one `sdw add`, inside its one transaction: takes the files in path
/// order as they come out of linting, decides what is refused, added, updated or unchanged,
/// and writes the rows table by table, many rows per statement prepared once.
///
/// The `canvases` and `revisions` rows of ``flushEvery`` canvases go in one statement each
/// (one row per canvas); their findings and section rows follow, in whole batches (see
/// ``BatchInserter``), so a child row is written after its parent.
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
    /// How many stored canvases' rows are gathered before they are written: a whole batch of
    /// `canvases` and of `revisions` rows.
    private let flushEvery: Int
    private var canvases: BatchInserter<CanvasRecord>
    private var revisions: BatchInserter<RevisionRecord>
    private var findings: BatchInserter<FindingRecord>
    private var sections: SectionRows.Writer
    /// Rows not written yet, and the canvases whose old section rows go first.
    private var pendingCanvases: [CanvasRecord] = []
    private var pendingRevisions: [RevisionRecord] = []
    private var pendingFindings: [FindingRecord] = []
    private var pendingSections = SectionRows()
    private var pendingUpdates: [String] = []
    /// What was done so far.
    private var report = AddReport()

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
        canvases = BatchInserter(db)
        revisions = BatchInserter(db)
        findings = BatchInserter(db)
        sections = SectionRows.Writer(db)
        flushEvery = min(canvases.rowsPerStatement, revisions.rowsPerStatement)
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
        pendingCanvases.append(record)
        pendingRevisions.append(RevisionRecord(
            canvasId: canvas.id, number: number, yaml: canvas.text, textHash: canvas.hash, sourcePath: path,
            message: message, createdAt: stamp, errors: canvas.summary.errors, warnings: canvas.summary.warnings,
            infos: canvas.summary.infos))
        for var finding in canvas.findings {
            finding.revision = number
            pendingFindings.append(finding)
        }
        if previous == nil {
            report.added.append(canvas.id)
        } else {
            report.updated.append(canvas.id)
            pendingUpdates.append(canvas.id)
        }
        if let rows = canvas.rows {
            pendingSections.append(rows)
        } else if let parsed = canvas.canvas {
            pendingSections.append(SectionRows(canvas: parsed, canvasID: canvas.id))
        }
        if canvas.summary.errors > 0 { report.storedWithErrors.append(canvas.id) }
        if pendingCanvases.count >= flushEvery { try flush() }
    }

    /// Writes the gathered rows: first the old section rows of updated canvases go, then the
    /// parents before the children that reference them.
    private mutating func flush() throws {
        try sections.delete(canvasIDs: pendingUpdates)
        try canvases.add(pendingCanvases)
        try revisions.add(pendingRevisions)
        try canvases.finish()
        try revisions.finish()
        try findings.add(pendingFindings)
        try sections.add(pendingSections)
        pendingUpdates.removeAll(keepingCapacity: true)
        pendingCanvases.removeAll(keepingCapacity: true)
        pendingRevisions.removeAll(keepingCapacity: true)
        pendingFindings.removeAll(keepingCapacity: true)
        pendingSections = SectionRows()
    }

    /// Writes what is still pending; returns the report. Call it once, after the last file.
    mutating func finish() throws -> AddReport {
        try flush()
        try findings.finish()
        try sections.finish()
        return report
    }

    /// The text of revision `number` of canvas `id`.
    private func latestText(of id: String, _ number: Int) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT yaml FROM revisions WHERE canvas_id = ? AND number = ?"),
                            arguments: [id, number])
    }
}
