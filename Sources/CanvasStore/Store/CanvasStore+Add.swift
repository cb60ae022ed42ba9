import CanvasRules
import Foundation
import GRDB

extension CanvasStore {
    /// Stores the canvases that `feed` hands over, all in one transaction, and returns what
    /// was done.
    ///
    /// The store takes prepared inputs: reading and linting the files is the caller's (see
    /// `CanvasWorkbench`'s `add(paths:message:allowErrors:linter:now:)`). `feed` is called on
    /// this thread with the ``AddContext`` to make each ``AddInput`` with (on any thread) and a
    /// `take` that writes inputs, in path order; it calls `take` on this thread as the inputs
    /// come, so writing overlaps the making of the inputs after them, and returns the lines of
    /// the files that could not be read (kept in ``AddReport/unreadable``).
    ///
    /// A canvas whose text differs from its latest revision gets a new revision; one whose text
    /// is the same gets none. Files that are not readable YAML, that have no `id:`, that repeat
    /// an id of this run, or (unless `allowErrors`) whose lint finds errors are refused.
    /// `feed` may be called again should the store be busy (the transaction is retried).
    /// `acrossFiles`, when given, is called with the run's canvases and workshops and what the
    /// store held beside them, and its lines go into ``AddReport/acrossFiles``.
    public func add(
        message: String?, allowErrors: Bool, now: Date = Date(), acrossFiles: AcrossFilesCheck? = nil,
        feed: @escaping (_ context: AddContext, _ take: ([AddInput]) throws -> Void) throws -> [String]
    ) throws(StoreError) -> AddReport {
        let stamp = now.formatted(.iso8601)
        // Rows are inserted as their statements fill, children possibly before their parents
        // (see ``AddSession``); every parent is in before the commit. The pragma cannot change
        // inside a transaction, so it is set around it.
        try setForeignKeys(false)
        defer { try? setForeignKeys(true) }
        let writeBehind = WriteBehind(path: path + "-wal")
        defer { writeBehind.stop() }
        return try write { db in
            var session = try AddSession(db, message: message, allowErrors: allowErrors, stamp: stamp)
            let context = AddContext(allowErrors: allowErrors, latest: session.latestHashes)
            var canvases: [WorkshopSet.CanvasEntry] = [], workshops: [WorkshopSet.WorkshopEntry] = []
            let unreadable = try feed(context) { inputs in
                for input in inputs {
                    if let entry = input.canvasEntry { canvases.append(entry) }
                    if let entry = input.workshopEntry { workshops.append(entry) }
                    try session.take(input)
                }
            }
            let stored = try acrossFiles == nil ? nil : StoredAcrossFiles(db, excluding: Set(canvases.compactMap(\.id)))
            var report = try session.finish()
            report.unreadable = unreadable
            if let acrossFiles, let stored {
                (report.acrossFiles, report.acrossFilesErrors) = acrossFiles(canvases, workshops, stored)
            }
            return report
        }
    }

    private func setForeignKeys(_ on: Bool) throws(StoreError) {
        do {
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = \(on ? "ON" : "OFF")") }
        } catch {
            throw Self.map(error, path: path)
        }
    }
}
