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
    /// A store is created whole or not at all: it is made and migrated under a temporary name
    /// beside `path`, then linked into place. A file that is there already must be an sdw store:
    /// anything else (an empty file, another program's database, a folder) is refused unchanged.
    ///
    /// With `readOnly`, the store is opened for reading only and nothing is written to it: a
    /// store that an older sdw wrote is refused with ``StoreError/olderSchema(path:)`` (a writing
    /// command, such as `sdw upgrade`, upgrades it), and a store in a read-only folder or file
    /// is read as it is. Otherwise it is switched to WAL and migrated.
    public convenience init(path: String, create: Bool = false, readOnly: Bool = false) throws(StoreError) {
        _ = Self.sqliteTuned
        let exists = try Self.checkFile(path)
        if readOnly {
            guard exists else { throw .noStore(path: path) }
            self.init(opened: try Self.openForReading(path), path: path)
            return
        }
        if !exists {
            guard create else { throw .noStore(path: path) }
            try Self.create(path)
        }
        try self.init(writing: path)
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

    /// Whether a file is at `path`; throws for a folder or an empty file, which are no stores.
    private static func checkFile(_ path: String) throws(StoreError) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue { throw .isFolder(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0 { throw .emptyFile(path: path) }
        return true
    }

    /// The connection settings of a store opened for writing.
    private static var writingConfiguration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "sdw"
        configuration.prepareDatabase { db in
            SearchRanking.register(db)
            // Before any FTS5 table is used on the connection: the full-text index is fed faster.
            try Unicode61Tokenizer.register(on: db)
        }
        return configuration
    }

    /// Opens an existing, fully migrated store for reading only. When the folder or the file
    /// cannot be written (SQLite cannot make the `-shm` file that WAL reading needs), the file
    /// is read as immutable: as it is on disk, with no locks.
    private static func openForReading(_ path: String) throws(StoreError) -> DatabaseQueue {
        do {
            return try readOnlyQueue(path, immutable: false)
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_PERM]
            .contains(error.resultCode) {
            do {
                return try readOnlyQueue(path, immutable: true)
            } catch {
                throw Self.map(error, path: path)
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// A read-only connection to the store at `path`, checked to be a current sdw store.
    private static func readOnlyQueue(_ path: String, immutable: Bool) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "sdw"
        configuration.prepareDatabase { db in SearchRanking.register(db) }
        let queue = try DatabaseQueue(path: immutable ? immutableURI(path) : path, configuration: configuration)
        // Pages are read straight from the mapped file, without a copy per page.
        try queue.inDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 268435456") }
        // One read transaction, so that a store another process is upgrading is seen whole.
        try queue.inTransaction(.deferred) { db in
            guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Self.applicationID else {
                throw StoreError.foreignDatabase(path: path)
            }
            let applied = try Self.appliedMigrations(db, path: path)
            if try applied.count < Self.migrator.migrations.count || Self.derivedDataPending(db) {
                throw StoreError.olderSchema(path: path)
            }
            return .commit
        }
        return queue
    }

    /// `file:PATH?immutable=1`, the path escaped as a URI's.
    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// Makes a new, fully migrated store at `path` (and its folder): under a temporary name
    /// beside it first, linked to `path` once complete, so that a failure (a full disk) leaves
    /// no store, and a store another process made at the same moment is kept as it is.
    private static func create(_ path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\(name).new-\(getpid())-\(UUID().uuidString.prefix(8))")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        }
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: writingConfiguration)
            // Set before the first write creates the file: a large add then balances, writes,
            // syncs and checkpoints a sixteenth as many pages (and WAL frames) as with the
            // default 4 KiB, and a revision's text (5 KB or so) wastes less of a page. Against
            // 16 KiB, in rounds on 10,000 canvases, add/lint was 1.82x against 2.13x over 6
            // rounds and 2.19x against 2.21x over 10 (the same instructions, fewer syscalls).
            try queue.inDatabase { db in try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)") }
            try migrator.migrate(queue)
            try rebuildDerivedData(queue)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            // Closing the last connection checkpoints the WAL into the file and deletes it: the
            // store is whole on disk before it gets its name.
            try queue.close()
        } catch {
            throw Self.map(error, path: path)
        }
        guard link(temporary, path) != 0 else { return }
        let failure = errno
        // Another process made the store first: it is kept, and opened as it is.
        if failure == EEXIST { return }
        // A file system without hard links: renamed instead (a store made meanwhile would be replaced).
        if FileManager.default.fileExists(atPath: path) == false, rename(temporary, path) == 0 { return }
        throw .cannotOpen(path: path, reason: String(cString: strerror(failure)))
    }

    /// Opens the existing store for writing: checks it, switches it to WAL and migrates it.
    private init(writing path: String) throws(StoreError) {
        self.path = path
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.writingConfiguration)
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
    private func checkOwnership() throws(StoreError) {
        let path = self.path
        try run {
            // In one read transaction: GRDB reads the applied migrations in two statements, which
            // must see the same state.
            try queue.inTransaction(.deferred) { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == Self.applicationID else {
                    throw StoreError.foreignDatabase(path: path)
                }
                _ = try Self.appliedMigrations(db, path: path)
                return .commit
            }
        }
    }

    /// Switches to WAL, applies the migrations this version adds, and rebuilds the derived data
    /// they asked for (see ``rebuildDerivedData(_:)``).
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
        // Two processes upgrading an older store at once may both try the same migration; the loser's
        // transaction rolls back, and the next attempt finds the migrations done.
        var attempt = 0
        while true {
            attempt += 1
            do {
                try Self.migrator.migrate(queue)
                try Self.rebuildDerivedData(queue)
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
