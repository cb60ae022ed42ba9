import CSQLiteTuning
import Foundation
import GRDB
import GRDBSQLite

/// A canvas store: one SQLite file holding every canvas, its revisions, lint results and sections.
///
/// Opening a store checks, before writing anything, that the file is an sdw store of a schema
/// this version knows; then it switches the file to WAL and applies any migrations this
/// version adds. Every command's writes go through ``write(_:)``: one immediate transaction,
/// retried when another process holds the lock longer than the busy timeout.
public final class CanvasStore: Sendable {
    /// The `PRAGMA application_id` that marks a file as an sdw store ("SDW1").
    public static let applicationID: Int32 = 0x5344_5731

    /// How long a connection waits for another process's lock before giving up (seconds).
    static let busyTimeout: TimeInterval = 60

    /// How many times a write is retried after SQLite reports the database busy or locked.
    static let writeAttempts = 5

    /// The page size of a new store, in bytes (an existing store keeps its own): SQLite's largest.
    static let pageSize = 65536

    /// The file, as named by the user.
    public let path: String
    let queue: DatabaseQueue

    /// Whether the store was opened for reading only (a current store opened with `readOnly`).
    public var isReadOnly: Bool { queue.configuration.readonly }

    /// Opens the store at `path`; creates it (and its directory) when `create` is set and it is missing.
    ///
    /// With `readOnly`, a store whose migrations are all applied is opened for reading only, with
    /// no pragma or migration work beyond reading which migrations it has (what `sdw search`
    /// and the other reading commands need); an older store is opened for writing and migrated.
    public convenience init(path: String, create: Bool = false, readOnly: Bool = false) throws(StoreError) {
        _ = Self.sqliteTuned
        if readOnly, !create, let queue = try Self.openCurrent(path) {
            self.init(opened: queue, path: path)
            return
        }
        try self.init(writing: path, create: create)
    }

    /// SQLite without its memory statistics, whose global mutex every allocation and free takes
    /// (half a million rows for a large `sdw add`). Done once, before this process's first
    /// connection; should SQLite already be initialized (a test opened a database first), it
    /// keeps its statistics, which changes nothing but speed.
    private static let sqliteTuned: Bool = sdw_sqlite_disable_memory_statistics() == SQLITE_OK

    private init(opened queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Opens an existing, fully migrated store read-only; `nil` when it still needs migrations
    /// (or is empty), so that the caller opens it for writing instead.
    private static func openCurrent(_ path: String) throws(StoreError) -> DatabaseQueue? {
        guard FileManager.default.fileExists(atPath: path) else { throw .noStore(path: path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "sdw"
        configuration.prepareDatabase { db in SearchRanking.register(db) }
        let queue: DatabaseQueue
        let current: Bool
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // Pages are read straight from the mapped file, without a copy per page.
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 268435456") }
            // One read transaction, so that a store another process is creating is seen whole or not at all.
            var complete = false
            try queue.inTransaction(.deferred) { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Self.applicationID else { return .commit }
                complete = try Self.appliedMigrations(db, path: path).count == Self.migrator.migrations.count
                return .commit
            }
            current = complete
        } catch {
            throw Self.map(error, path: path)
        }
        return current ? queue : nil
    }

    /// Opens the store for writing: checks it, switches it to WAL and migrates it.
    private init(writing path: String, create: Bool) throws(StoreError) {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        if !exists {
            guard create else { throw .noStore(path: path) }
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                } catch {
                    throw .cannotOpen(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
                }
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "sdw"
        configuration.prepareDatabase { db in
            SearchRanking.register(db)
            // Before any FTS5 table is used on the connection: the full-text index is fed faster.
            try Unicode61Tokenizer.register(on: db)
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            if !exists {
                // Set before the first write creates the file: a large add then balances, writes,
                // syncs and checkpoints a sixteenth as many pages (and WAL frames) as with the
                // default 4 KiB, and a revision's text (5 KB or so) wastes less of a page. Against
                // 16 KiB, in rounds on 10,000 canvases, add/lint was 1.82x against 2.13x over 6
                // rounds and 2.19x against 2.21x over 10 (the same instructions, fewer syscalls).
                try queue.inDatabase { db in try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
            }
        } catch {
            throw Self.map(error, path: path)
        }
        try checkOwnership()
        try prepare()
    }

    /// The migrations applied to the sdw store `db`; throws ``StoreError/newerSchema(path:unknownMigrations:)``
    /// when one of them is unknown to this version.
    private static func appliedMigrations(_ db: Database, path: String) throws -> Set<String> {
        let applied = try migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(migrator.migrations)
        if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknownMigrations: unknown.sorted()) }
        return applied
    }

    /// Refuses files that are not sdw stores, or that a newer sdw wrote, before anything is written.
    ///
    /// An empty file is claimed for sdw (its `application_id` set) in one immediate transaction,
    /// so that a second process opening it at the same time sees an sdw store, not a foreign one.
    private func checkOwnership() throws(StoreError) {
        let path = self.path
        func check(_ db: Database, claim: Bool) throws -> Bool {
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if application == Self.applicationID {
                _ = try Self.appliedMigrations(db, path: path)
                return true
            }
            if objects > 0 { throw StoreError.foreignDatabase(path: path) }
            if claim { try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)") }
            return claim
        }
        try run {
            // In one read transaction: another process may be creating the store right now, and
            // GRDB reads the applied migrations in two statements, which must see the same state.
            var claimed = false
            try queue.inTransaction(.deferred) { db in
                claimed = try check(db, claim: false)
                return .commit
            }
            if claimed { return }
            try queue.inTransaction(.immediate) { db in
                _ = try check(db, claim: true)
                return .commit
            }
        }
    }

    /// Switches to WAL and applies the migrations this version adds.
    private func prepare() throws(StoreError) {
        try run {
            try queue.writeWithoutTransaction { db in
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
                if mode.lowercased() != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // 64 MiB of page cache: enough for the pages a large `sdw add` goes back to (the
                // b-trees' upper levels and last leaves); the rest spill into the WAL while the
                // transaction goes on, instead of all being written at its commit.
                try db.execute(sql: "PRAGMA cache_size = -65536")
                // Statement journals (kept by the statements that feed the search index) stay in
                // memory instead of temporary files.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
        }
        // Two processes opening a new store at once may both try the first migration; the loser's
        // transaction rolls back, and the next attempt finds the migrations done.
        var attempt = 0
        while true {
            attempt += 1
            do {
                try Self.migrator.migrate(queue)
                return
            } catch {
                if attempt >= Self.writeAttempts { throw Self.map(error, path: path) }
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// Runs `body` in one immediate transaction, retrying when the database stays busy.
    func write<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                var result: T?
                try queue.inTransaction(.immediate) { db in
                    result = try body(db)
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction always sets its result") }
                return result
            } catch let error as DatabaseError where Self.isBusy(error) && attempt < Self.writeAttempts {
                Thread.sleep(forTimeInterval: 0.1 * Double(attempt))
            } catch {
                throw Self.map(error, path: path)
            }
        }
    }

    /// Runs `body` on one consistent snapshot of the store.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try run { try queue.read(body) }
    }

    /// Runs `body`, turning every error into a ``StoreError``.
    private func run<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw Self.map(error, path: path)
        }
    }

    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    static func map(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
            if error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_PERM
                || error.resultCode == .SQLITE_READONLY {
                return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
            }
            return .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, message: "\(error)")
    }
}
