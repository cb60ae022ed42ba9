import GRDB

/// Inserts rows of one table many per statement, binding each row as it is given.
///
/// A statement run costs SQLite more than the row it inserts (it opens and closes its cursors,
/// halts and resets), so the rows of an `sdw add` go ``rowsPerStatement`` at a time through one
/// statement prepared once, with the values bound directly (see ``RowInserter``). The statement
/// reads its rows from a `VALUES` list and skips those whose first value is `NULL` (a column
/// that is never `NULL`): a row is bound into the next free place as soon as it is given, no
/// row is gathered or copied (``RowValues`` whose texts are bound are only kept alive until the
/// run), and ``finish()`` runs the same statement with its remaining places left unbound (`NULL`:
/// see ``RowInserter``).
///
/// A class, so that there is one of each: the rows bound and the values kept belong to one
/// inserter, which is never copied. When it ends with rows still bound (a batch abandoned on an
/// error, a write retried on the same connection), its statement's bindings are cleared before
/// the values they point into are released.
final class BatchInserter {
    /// Called after each statement run with the number of rows it inserted, the last one's rowid
    /// (one statement's new rowids follow one another) and the database.
    typealias DidInsert = (_ rows: Int, _ lastRowID: Int64, _ db: Database) throws -> Void

    private let db: Database
    /// `INSERT INTO t (…) VALUES (?, …)` for one row.
    private let insertSQL: String
    /// How many values a row has.
    private let columns: Int
    /// How many rows one statement inserts: as many as the database's parameter limit allows,
    /// at most the `limit` given.
    let rowsPerStatement: Int
    private let didInsert: DidInsert?
    /// The statement, prepared when the first row comes.
    private var inserter: RowInserter?
    /// How many rows are bound and not yet inserted.
    private var waiting = 0
    /// The values whose texts are bound where they lie, kept until the statement runs.
    private var kept: [RowValues] = []

    deinit {
        // The bindings go first (see ``RowInserter``), then the values they point into.
        inserter = nil
        kept.removeAll()
    }

    /// Prepares to insert on `db` with `insertSQL` (`INSERT INTO t (…) VALUES (?, …)`), at most
    /// `limit` rows per statement, calling `didInsert` after each statement.
    init(_ db: Database, insertSQL: String, limit: Int = 256, didInsert: DidInsert? = nil) {
        self.db = db
        self.insertSQL = insertSQL
        self.didInsert = didInsert
        columns = max(1, Self.valuesTuple(of: insertSQL).count { $0 == "?" })
        rowsPerStatement = max(1, min(limit, db.maximumStatementArgumentCount / columns))
    }

    /// Prepares to insert rows of type `Row` on `db`.
    convenience init<Row: InsertableRow>(_ db: Database, for row: Row.Type, limit: Int = 256) {
        self.init(db, insertSQL: Row.insertSQL, limit: limit)
    }

    /// Binds `row`; inserts the rows bound so far once the statement is full.
    func add(_ row: some InsertableRow) throws {
        try withInserter { inserter in row.bind(to: &inserter) }
        try rowBound()
    }

    /// Binds the rows whose values are `values.values[range]`, in order, a row every
    /// ``columns`` values (see ``add(_:)-(InsertableRow)``). `values` is kept until they are inserted.
    func add(_ values: RowValues, _ range: Range<Int>) throws {
        precondition(range.count % columns == 0, "\(range.count) values are no whole rows of \(columns)")
        var start = range.lowerBound
        while start < range.upperBound {
            if kept.last !== values { kept.append(values) }
            let row = start..<start + columns
            try withInserter { inserter in
                for index in row { inserter.bind(values.values[index], of: values) }
            }
            start += columns
            try rowBound()
        }
    }

    /// Inserts the rows bound and not yet inserted.
    func finish() throws {
        guard waiting > 0 else { return }
        waiting = 0
        defer { kept.removeAll(keepingCapacity: true) }
        try withInserter { inserter in try inserter.run() }
        try didInsert?(db.changesCount, db.lastInsertedRowID, db)
    }

    /// Runs `body` on the statement, prepared when first needed.
    private func withInserter(_ body: (inout RowInserter) throws -> Void) throws {
        var current = try inserter.take() ?? RowInserter(db, sql: Self.batchSQL(insertSQL, rows: rowsPerStatement))
        do {
            try body(&current)
        } catch {
            inserter = consume current
            throw error
        }
        inserter = consume current
    }

    private func rowBound() throws {
        waiting += 1
        if waiting == rowsPerStatement { try finish() }
    }

    /// `insertSQL` reading `rows` rows from a `VALUES` list, skipping those whose first value
    /// is `NULL`: `INSERT OR FAIL INTO t (…) SELECT * FROM (VALUES (?, …), …) WHERE column1 IS NOT NULL …`.
    ///
    /// `OR FAIL`: a row that breaks a constraint stops the statement with an error but keeps the
    /// rows before it, so SQLite keeps no statement journal (a copy of every page the statement
    /// is about to change, spilled to a temporary file beyond 64 KiB) to undo them. The error
    /// rolls back the whole transaction anyway: every writer of these rows runs in one.
    static func batchSQL(_ insertSQL: String, rows: Int) -> String {
        let tuple = valuesTuple(of: insertSQL)
        guard insertSQL.hasPrefix("INSERT INTO "), let range = insertSQL.range(of: "VALUES " + tuple) else {
            preconditionFailure("insertSQL is no INSERT INTO … VALUES (…): \(insertSQL)")
        }
        let tuples = repeatElement(tuple, count: max(1, rows)).joined(separator: ", ")
        // `WHERE` also keeps an `ON CONFLICT` that follows from being read as a join constraint.
        let sql = insertSQL.replacingCharacters(
            in: range, with: "SELECT * FROM (VALUES \(tuples)) WHERE column1 IS NOT NULL")
        return "INSERT OR FAIL INTO " + sql.dropFirst("INSERT INTO ".count)
    }

    /// The `(?, ?, …)` after `VALUES` in `insertSQL`.
    static func valuesTuple(of insertSQL: String) -> String {
        guard let values = insertSQL.range(of: "VALUES "),
              let close = insertSQL[values.upperBound...].firstIndex(of: ")") else {
            preconditionFailure("insertSQL has no VALUES (…) tuple: \(insertSQL)")
        }
        return String(insertSQL[values.upperBound...close])
    }
}
