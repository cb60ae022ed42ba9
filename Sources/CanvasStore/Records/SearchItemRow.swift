import GRDB

/// A row of `search_items` as `sdw add` writes it: like ``SearchItemRecord``, with the section's
/// text as the UTF-8 bytes ``SearchBodies`` wrote, bound as they are (never made a `String`).
struct SearchItemRow {
    /// The canvas's id.
    var canvasId: String
    /// The section, e.g. `partners` or `effects.social`.
    var section: String
    /// The section's text, UTF-8.
    var body: [UInt8]
}

extension SearchItemRow: InsertableRow {
    static let insertSQL = "INSERT INTO search_items (canvas_id, section, body) VALUES (?, ?, ?)"
    func bind(to inserter: inout RowInserter) {
        inserter.bind(canvasId); inserter.bind(section); inserter.bind(body)
    }

    /// Indexes the rows just inserted, in one statement: they have the rowids up to `lastRowID`
    /// (one statement's new rowids follow one another). Before migration v6 the insert trigger
    /// has indexed them already.
    static func didInsert(rows: Int, lastRowID: Int64, _ db: Database) throws {
        guard rows > 0 else { return }
        let triggered = try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'search_items_insert')
            """)) ?? false
        if triggered { return }
        try db.cachedStatement(sql: """
            INSERT INTO search (rowid, body) SELECT rowid, body FROM search_items WHERE rowid BETWEEN ? AND ?
            """).execute(arguments: [lastRowID - Int64(rows) + 1, lastRowID])
    }
}
