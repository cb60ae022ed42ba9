import GRDB
import GRDBSQLite

/// The FTS5 extension API of a connection, for registering sdw's ranking function and tokenizer.
enum FTS5API {
    /// The connection's `fts5_api` (`SELECT fts5(?)` with a bound pointer), or `nil` where SQLite
    /// has no FTS5 (GRDB's `FTS5.api` stops the process then).
    static func of(_ db: Database) -> UnsafeMutablePointer<fts5_api>? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db.sqliteConnection, "SELECT fts5(?)", -1, &statement, nil) == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        // SQLite keeps the type's address until the step reads the pointer: a static string.
        let type: StaticString = "fts5_api_ptr"
        type.utf8Start.withMemoryRebound(to: CChar.self, capacity: type.utf8CodeUnitCount + 1) { type in
            withUnsafeMutablePointer(to: &api) { pointer in
                _ = sqlite3_bind_pointer(statement, 1, pointer, type, nil)
                _ = sqlite3_step(statement)
            }
        }
        return api
    }
}
