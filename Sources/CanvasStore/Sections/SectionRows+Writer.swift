import GRDB

extension SectionRows {
    /// Writes the section rows of many canvases, table by table and many rows per statement
    /// (see ``BatchInserter``), through statements prepared once for a whole `sdw add`: a row is
    /// bound when given and inserted when its table's statement is full, or at ``finish()``.
    ///
    /// `search_items` takes the biggest batches: each statement that writes it is followed by one
    /// that feeds the full-text index (``SearchItemRow/didInsert(rows:lastRowID:_:)``), at
    /// whose end FTS5 (before SQLite 3.44) writes its pending terms to disk as a new segment, to
    /// be merged again later; small statements would make many small segments.
    struct Writer {
        /// The section tables, in the order their rows are deleted.
        static let tables = ["needs", "partners", "resources", "information", "activities", "activity_links", "effects",
                             "search_items"]

        private let db: Database
        private var needs: BatchInserter<NeedRecord>
        private var partners: BatchInserter<PartnerRecord>
        private var resources: BatchInserter<ResourceRecord>
        private var information: BatchInserter<InformationRecord>
        private var activities: BatchInserter<ActivityRecord>
        private var links: BatchInserter<ActivityLinkRecord>
        private var effects: BatchInserter<EffectRecord>
        private var searchItems: BatchInserter<SearchItemRow>

        /// Prepares to write on `db`.
        init(_ db: Database) {
            self.db = db
            needs = BatchInserter(db)
            partners = BatchInserter(db)
            resources = BatchInserter(db)
            information = BatchInserter(db)
            activities = BatchInserter(db)
            links = BatchInserter(db)
            effects = BatchInserter(db)
            searchItems = BatchInserter(db, limit: 4096)
        }

        /// Inserts every row of `rows` (the rows of one canvas), some only at a later call or at
        /// ``finish()`` (see ``BatchInserter``).
        mutating func add(_ rows: SectionRows) throws {
            try needs.add(rows.needs)
            try partners.add(rows.partners)
            try resources.add(rows.resources)
            try information.add(rows.information)
            try activities.add(rows.activities)
            try links.add(rows.links)
            try effects.add(rows.effects)
            try searchItems.add(rows.searchItems)
        }

        /// Inserts the rows still waiting.
        mutating func finish() throws {
            try needs.finish()
            try partners.finish()
            try resources.finish()
            try information.finish()
            try activities.finish()
            try links.finish()
            try effects.finish()
            try searchItems.finish()
        }

        /// Deletes every section row of the canvases `ids` (the search index follows through its
        /// trigger). Call it before their new rows are given to ``add(_:)``: a row may be inserted as
        /// soon as it is given, and would then go with the old ones.
        func delete(canvasIDs ids: [String]) throws {
            let perStatement = max(1, min(512, db.maximumStatementArgumentCount))
            for table in Self.tables {
                var start = 0
                while start < ids.count {
                    let end = min(start + perStatement, ids.count)
                    let marks = repeatElement("?", count: end - start).joined(separator: ", ")
                    var delete = try RowInserter(db, sql: "DELETE FROM \(table) WHERE canvas_id IN (\(marks))")
                    for id in ids[start..<end] { delete.bind(id) }
                    try delete.run()
                    start = end
                }
            }
        }
    }
}
