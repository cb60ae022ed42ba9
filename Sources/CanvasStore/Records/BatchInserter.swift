import GRDB

/// Inserts rows of one table many per statement: `INSERT … VALUES (…), (…), …`.
///
/// A statement run costs SQLite more than the row it inserts (it opens and closes its cursors,
/// checks foreign keys through a subprogram, halts and resets), so the rows of an `sdw add` go
/// in batches of ``rowsPerStatement`` through one statement prepared once, with the values
/// bound directly (see ``RowInserter``). Rows given to ``add(_:)`` wait until a whole batch is
/// there; ``finish()`` writes the rest with a statement of its own (preparing a statement of
/// hundreds of rows costs about as much as running it, so that happens once per table).
struct BatchInserter<Row: InsertableRow> {
    private let db: Database
    /// How many rows one statement inserts: as many as the database's parameter limit allows,
    /// at most the `limit` given.
    let rowsPerStatement: Int
    /// The statement of ``rowsPerStatement`` rows, prepared when first needed.
    private var full: RowInserter?
    /// Rows not written yet: fewer than ``rowsPerStatement``.
    private var pending: [Row] = []

    /// Prepares to insert on `db`, at most `limit` rows per statement.
    init(_ db: Database, limit: Int = 256) {
        self.db = db
        let values = max(1, Row.valuesTuple.count { $0 == "?" })
        rowsPerStatement = max(1, min(limit, db.maximumStatementArgumentCount / values))
    }

    /// Inserts `rows` after those given before, each whole batch at once.
    mutating func add(_ rows: some Collection<Row>) throws {
        pending.append(contentsOf: rows)
        guard pending.count >= rowsPerStatement else { return }
        var written = 0
        while pending.count - written >= rowsPerStatement {
            if full == nil { full = try RowInserter(db, sql: Row.insertSQL(rows: rowsPerStatement)) }
            for row in pending[written..<written + rowsPerStatement] { row.bind(to: &full!) }
            try full!.run()
            written += rowsPerStatement
        }
        pending.removeFirst(written)
    }

    /// Inserts the rows still waiting for a whole batch.
    mutating func finish() throws {
        guard !pending.isEmpty else { return }
        var last = try RowInserter(db, sql: Row.insertSQL(rows: pending.count))
        for row in pending { row.bind(to: &last) }
        try last.run()
        pending.removeAll()
    }
}

extension InsertableRow {
    /// ``insertSQL`` with its one `VALUES (?, …)` tuple repeated `rows` times.
    static func insertSQL(rows: Int) -> String {
        guard rows > 1, let range = insertSQL.range(of: valuesTuple) else { return insertSQL }
        let tuples = repeatElement(valuesTuple, count: rows).joined(separator: ", ")
        return insertSQL.replacingCharacters(in: range, with: tuples)
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
