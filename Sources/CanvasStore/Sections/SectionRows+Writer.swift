import GRDB

extension SectionRows {
    /// Writes the section rows of many canvases, table by table and many rows per statement
    /// (see ``BatchInserter``), through statements prepared once for a whole `sdw add`.
    ///
    /// `search_items` takes bigger batches: each statement that writes it fires the trigger that
    /// feeds the full-text index, and SQLite opens a statement savepoint for it, at which FTS5
    /// (before SQLite 3.44) writes its pending terms to disk as a new segment, to be merged
    /// again later; a segment per row cost more than all the other tables together.
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
        private var searchItems: BatchInserter<SearchItemRecord>

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
            searchItems = BatchInserter(db, limit: 1024)
        }

        /// Inserts every row of `rows` (the rows of one or many canvases).
        mutating func insert(_ rows: SectionRows) throws {
            try needs.insert(rows.needs)
            try partners.insert(rows.partners)
            try resources.insert(rows.resources)
            try information.insert(rows.information)
            try activities.insert(rows.activities)
            try links.insert(rows.links)
            try effects.insert(rows.effects)
            try searchItems.insert(rows.searchItems)
        }

        /// Deletes every section row of the canvases `ids` (the search index follows through its trigger).
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
