import GRDB

/// Inserts rows of one table many per statement, binding each row as it is given.
///
/// A statement run costs SQLite more than the row it inserts (it opens and closes its cursors,
/// halts and resets), so the rows of an `sdw add` go ``rowsPerStatement`` at a time through one
/// statement prepared once, with the values bound directly (see ``RowInserter``). The statement
/// reads its rows from a `VALUES` list and skips those whose first value is `NULL` (a column
/// that is never `NULL`): a row is bound into the next free place as soon as it is given, no
/// row is kept or copied, and ``finish()`` runs the same statement with its remaining places
/// left unbound.
struct BatchInserter<Row: InsertableRow> {
    private let db: Database
    /// How many rows one statement inserts: as many as the database's parameter limit allows,
    /// at most the `limit` given.
    let rowsPerStatement: Int
    /// The statement, prepared when the first row comes.
    private var inserter: RowInserter?
    /// How many rows are bound and not yet inserted.
    private var waiting = 0

    /// Prepares to insert on `db`, at most `limit` rows per statement.
    init(_ db: Database, limit: Int = 256) {
        self.db = db
        let values = max(1, Row.valuesTuple.count { $0 == "?" })
        rowsPerStatement = max(1, min(limit, db.maximumStatementArgumentCount / values))
    }

    /// Binds `row`; inserts the rows bound so far once the statement is full.
    mutating func add(_ row: Row) throws {
        if inserter == nil { inserter = try RowInserter(db, sql: Row.insertSQL(rows: rowsPerStatement)) }
        row.bind(to: &inserter!)
        waiting += 1
        if waiting == rowsPerStatement { try finish() }
    }

    /// Binds `rows` in order (see ``add(_:)-(Row)``).
    mutating func add(_ rows: [Row]) throws {
        for index in rows.indices { try add(rows[index]) }
    }

    /// Inserts the rows bound and not yet inserted.
    mutating func finish() throws {
        guard waiting > 0, inserter != nil else { return }
        waiting = 0
        try inserter!.run()
        try Row.didInsert(rows: db.changesCount, lastRowID: db.lastInsertedRowID, db)
    }
}

extension InsertableRow {
    /// ``insertSQL`` reading `rows` rows from a `VALUES` list, skipping those whose first value
    /// is `NULL`: `INSERT OR FAIL INTO t (…) SELECT * FROM (VALUES (?, …), …) WHERE column1 IS NOT NULL …`.
    ///
    /// `OR FAIL`: a row that breaks a constraint stops the statement with an error but keeps the
    /// rows before it, so SQLite keeps no statement journal (a copy of every page the statement
    /// is about to change, spilled to a temporary file beyond 64 KiB) to undo them. The error
    /// rolls back the whole transaction anyway: every writer of these rows runs in one.
    static func insertSQL(rows: Int) -> String {
        guard insertSQL.hasPrefix("INSERT INTO "), let range = insertSQL.range(of: "VALUES " + valuesTuple) else {
            preconditionFailure("insertSQL is no INSERT INTO … VALUES (…): \(insertSQL)")
        }
        let tuples = repeatElement(valuesTuple, count: max(1, rows)).joined(separator: ", ")
        // `WHERE` also keeps an `ON CONFLICT` that follows from being read as a join constraint.
        let sql = insertSQL.replacingCharacters(
            in: range, with: "SELECT * FROM (VALUES \(tuples)) WHERE column1 IS NOT NULL")
        return "INSERT OR FAIL INTO " + sql.dropFirst("INSERT INTO ".count)
    }

    /// The `(?, ?, …)` after `VALUES` in ``insertSQL``.
    static var valuesTuple: String {
        guard let values = insertSQL.range(of: "VALUES "),
              let close = insertSQL[values.upperBound...].firstIndex(of: ")") else {
            preconditionFailure("insertSQL has no VALUES (…) tuple: \(insertSQL)")
        }
        return String(insertSQL[values.upperBound...close])
    }
}
