import GRDB

extension SectionRows {
    /// Writes the section rows of many canvases, table by table and many rows per statement
    /// (see ``BatchInserter``), through statements prepared once for a whole `sdw add`: a row is
    /// bound when given and inserted when its table's statement is full, or at ``finish()``.
    struct Writer {
        private let db: Database
        /// One inserter per table, in ``SectionTable`` order.
        private let inserters: [BatchInserter]

        /// Prepares to write on `db`.
        init(_ db: Database) {
            self.db = db
            inserters = SectionTable.allCases.map { $0.inserter(db) }
        }

        /// Inserts every row of `rows` (the rows of one canvas), some only at a later call or at
        /// ``finish()`` (see ``BatchInserter``).
        mutating func add(_ rows: SectionRows) throws {
            for table in SectionTable.allCases {
                try inserters[table.rawValue].add(rows.values, rows.range(of: table))
            }
        }

        /// Inserts the rows still waiting.
        mutating func finish() throws {
            for index in inserters.indices { try inserters[index].finish() }
        }

        /// Deletes every section row of the canvases `ids` (the search index follows through its
        /// trigger). Call it before their new rows are given to ``add(_:)``: a row may be inserted as
        /// soon as it is given, and would then go with the old ones.
        func delete(canvasIDs ids: [String]) throws {
            let perStatement = max(1, min(512, db.maximumStatementArgumentCount))
            for table in SectionTable.allCases {
                var start = 0
                while start < ids.count {
                    let end = min(start + perStatement, ids.count)
                    let marks = repeatElement("?", count: end - start).joined(separator: ", ")
                    var delete = try RowInserter(db, sql: "DELETE FROM \(table.name) WHERE canvas_id IN (\(marks))")
                    for id in ids[start..<end] { delete.bind(id) }
                    try delete.run()
                    start = end
                }
            }
        }
    }
}
