import GRDB
import GRDBSQLite

/// One prepared `INSERT` (or other writing statement) that rows bind their values to directly.
///
/// `sdw add` writes half a million rows on one thread while the next files are linted on the
/// others, so each row must cost little more than SQLite's own work: the values go straight
/// into `sqlite3_bind_*` (no `StatementArguments`, no `DatabaseValue` boxing), and the one
/// statement is stepped and reset for every run.
///
/// Texts are bound without a copy of SQLite's own (`SQLITE_STATIC`): those of ``RowValues`` where
/// they lie, the others copied into a ``TextArena`` owned by the inserter, one `memcpy` each
/// instead of an allocation, a copy and a free inside SQLite.
///
/// No binding may outlive the bytes it points to, so the inserter owns its statement (prepared
/// for it alone, never shared through the connection's statement cache), cannot be copied, and
/// clears the bindings when it takes the statement, after each run (also a failed one) and when
/// it ends (also when a batch is abandoned on an error): a statement run later on the same
/// connection never reads a text freed since.
struct RowInserter: ~Copyable {
    /// The inserter's own statement (GRDB finalizes it when released).
    private let statement: Statement
    private let handle: SQLiteStatement
    /// The bytes of the texts bound since the last run.
    private let texts = TextArena()
    /// The 1-based index of the next value to bind.
    private var next: CInt = 1

    /// Prepares `sql` on `db`, as a statement of the inserter's own.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        Self.clear(handle)
    }

    deinit {
        // Before the arena's bytes go: no binding outlives them, whatever ended the inserter.
        Self.clear(handle)
        texts.removeAll()
    }

    /// Resets `handle` and sets every parameter to `NULL`.
    private static func clear(_ handle: SQLiteStatement) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds the next value: text, or `NULL`.
    mutating func bind(_ value: String?) {
        if var value {
            let (handle, index, texts) = (handle, next, texts)
            value.withUTF8 { bytes in
                // Never a null pointer, even for an empty text (SQLite would take that for NULL).
                let text = texts.copy(UnsafeRawBufferPointer(bytes)).assumingMemoryBound(to: CChar.self)
                _ = sqlite3_bind_text(handle, index, text, CInt(bytes.count), SQLITE_STATIC)
            }
        } else {
            sqlite3_bind_null(handle, next)
        }
        next += 1
    }

    /// Binds the next value: `value` of `values`, a text where it lies in them. `values` must
    /// stay alive until the next ``run()``.
    mutating func bind(_ value: RowValues.Value, of values: RowValues) {
        switch value.kind {
        case .null: sqlite3_bind_null(handle, next)
        case .integer: sqlite3_bind_int64(handle, next, Int64(bitPattern: value.payload))
        case .real: sqlite3_bind_double(handle, next, Double(bitPattern: value.payload))
        case .text:
            let text = values.pointer(to: value).assumingMemoryBound(to: CChar.self)
            sqlite3_bind_text(handle, next, text, value.count, SQLITE_STATIC)
        }
        next += 1
    }

    /// Binds the next value: an integer, or `NULL`.
    mutating func bind(_ value: Int?) {
        if let value { sqlite3_bind_int64(handle, next, Int64(value)) } else { sqlite3_bind_null(handle, next) }
        next += 1
    }

    /// Binds the next value: a real number, or `NULL`.
    mutating func bind(_ value: Double?) {
        if let value { sqlite3_bind_double(handle, next, value) } else { sqlite3_bind_null(handle, next) }
        next += 1
    }

    /// Binds the next value: 1 or 0.
    mutating func bind(_ value: Bool) {
        sqlite3_bind_int64(handle, next, value ? 1 : 0)
        next += 1
    }

    /// Runs the statement with the values bound since the last run, then gets it ready for the next.
    mutating func run() throws {
        let code = sqlite3_step(handle)
        next = 1
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            let message = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            Self.clear(handle)
            texts.removeAll()
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        // No binding may outlive the arena's bytes it points to.
        Self.clear(handle)
        texts.removeAll()
    }

    /// Forgets the values bound since the last run, without running the statement.
    mutating func abandon() {
        next = 1
        Self.clear(handle)
        texts.removeAll()
    }

    /// Binds `row`'s values and inserts it.
    mutating func insert(_ row: some InsertableRow) throws {
        row.bind(to: &self)
        try run()
    }
}

/// `SQLITE_STATIC`, the destructor argument of `sqlite3_bind_text` that is no function: SQLite
/// reads the text where it is, until the statement is reset and its bindings cleared.
private let SQLITE_STATIC: sqlite3_destructor_type? = nil
