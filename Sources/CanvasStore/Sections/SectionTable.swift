import GRDB

/// The tables that hold a canvas's sections, as `sdw add` writes them (see ``SectionRows``): in
/// the order their rows are made, written and deleted.
enum SectionTable: Int, CaseIterable {
    case needs, partners, resources, information, activities, activityLinks, effects, searchItems

    /// The table's name.
    var name: String {
        switch self {
        case .activityLinks: "activity_links"
        case .searchItems: "search_items"
        default: "\(self)"
        }
    }

    /// The `INSERT` of one row: its columns in the order ``SectionRows`` gives their values.
    var insertSQL: String {
        switch self {
        case .needs: "INSERT INTO needs (canvas_id, position, id, text, evidence) VALUES (?, ?, ?, ?, ?)"
        case .partners: """
            INSERT INTO partners (canvas_id, position, id, name, type, role, benefit, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .resources: """
            INSERT INTO resources (canvas_id, position, id, item, kind, cost, currency, available) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .information: "INSERT INTO information (canvas_id, position, channel, audience) VALUES (?, ?, ?, ?)"
        case .activities: """
            INSERT INTO activities (canvas_id, position, id, name, "when", starts, ends, responsible) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .activityLinks: """
            INSERT INTO activity_links (canvas_id, activity_position, activity_id, kind, target_id) VALUES (?, ?, ?, ?, ?)
            """
        case .effects: """
            INSERT INTO effects (canvas_id, kind, position, text, value, currency, indicator, target, unit, evidence) \
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        case .searchItems: "INSERT INTO search_items (canvas_id, section, body) VALUES (?, ?, ?)"
        }
    }

    /// An inserter of the table's rows on `db`.
    ///
    /// `search_items` takes the biggest batches: each statement that writes it is followed by one
    /// that feeds the full-text index (``indexSearchItems(rows:lastRowID:_:)``), at whose end
    /// FTS5 (before SQLite 3.44) writes its pending terms to disk as a new segment, to be merged
    /// again later; small statements would make many small segments.
    func inserter(_ db: Database) -> BatchInserter {
        self == .searchItems
            ? BatchInserter(db, insertSQL: insertSQL, limit: 4096, didInsert: Self.indexSearchItems)
            : BatchInserter(db, insertSQL: insertSQL)
    }

    /// Stops FTS5 from merging the search index's segments while a large `sdw add` writes,
    /// until ``resumeSearchMerges(_:)``, in the add's transaction.
    ///
    /// Each statement that feeds the index (before SQLite 3.44) ends by writing the terms it
    /// gathered as a new segment, and by default FTS5 merges the segments four at a time as they
    /// come, so a large add rewrote its index data again and again: 2,000 M of the 27,400 M
    /// instructions of adding 10,000 canvases. Held, the add leaves a segment per statement (about
    /// 27 for 10,000 canvases); searches over them measured the same. `crisismerge` (the number of
    /// segments at one level that makes FTS5 merge them at once, whatever `automerge` says) goes
    /// from 16 to 64 and stays there, so that a large add is not merged at once on the way, nor
    /// by the next write after it: later, smaller adds merge them a little at each write.
    static func holdSearchMerges(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 0), ('crisismerge', 64)")
    }

    /// Lets FTS5 merge the search index's segments again, four at a time (its default), a
    /// little at every write.
    static func resumeSearchMerges(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 4)")
    }

    /// Indexes the `search_items` rows just inserted, in one statement: they have the rowids up
    /// to `lastRowID`. Rows are only written once every migration is applied (the section rows of
    /// older stores are rebuilt after the migrations, see ``CanvasStore/rebuildDerivedData(_:)``),
    /// so no insert trigger of an older schema has indexed them already.
    static func indexSearchItems(rows: Int, lastRowID: Int64, _ db: Database) throws {
        guard rows > 0 else { return }
        try db.cachedStatement(sql: """
            INSERT INTO search (rowid, body) SELECT rowid, body FROM search_items WHERE rowid BETWEEN ? AND ?
            """).execute(arguments: [lastRowID - Int64(rows) + 1, lastRowID])
    }
}
