import GRDB

/// Inserts rows of one table many per statement: `INSERT … VALUES (…), (…), …`.
///
/// A statement run costs SQLite more than the row it inserts (it opens and closes its cursors,
/// checks foreign keys through a subprogram, halts and resets), so the rows of an `sdw add` go
/// in batches of up to ``rowsPerStatement`` through one statement prepared once, with the
/// values bound directly (see ``RowInserter``); only the last, shorter batch of a call needs a
/// statement of its own.
struct BatchInserter<Row: InsertableRow> {
    private let db: Database
    /// How many rows one statement inserts at most: as many as the database's parameter limit
    /// allows, at most `limit`.
    let rowsPerStatement: Int
    /// The statement of ``rowsPerStatement`` rows, prepared when first needed.
    private var full: RowInserter?

    /// Prepares to insert on `db`, at most `limit` rows per statement.
    init(_ db: Database, limit: Int = 256) {
        self.db = db
        let values = max(1, Row.valuesTuple.count { $0 == "?" })
        rowsPerStatement = max(1, min(limit, db.maximumStatementArgumentCount / values))
    }

    /// Inserts `rows`, in order.
    mutating func insert(_ rows: some Collection<Row>) throws {
        var rest = rows[...]
        while rest.count >= rowsPerStatement {
            if full == nil { full = try RowInserter(db, sql: Row.insertSQL(rows: rowsPerStatement)) }
            for row in rest.prefix(rowsPerStatement) { row.bind(to: &full!) }
            try full!.run()
            rest = rest.dropFirst(rowsPerStatement)
        }
        guard !rest.isEmpty else { return }
        var last = try RowInserter(db, sql: Row.insertSQL(rows: rest.count))
        for row in rest { row.bind(to: &last) }
        try last.run()
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
