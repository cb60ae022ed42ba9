import GRDB

extension SectionRows {
    /// The prepared statements that write section rows, made once for the many canvases of an
    /// `sdw add`: one insert and one delete per section table.
    ///
    /// Rows of `search_items` are gathered and written many per statement. Each statement that
    /// writes `search_items` fires the trigger that feeds the full-text index, and SQLite opens a
    /// statement savepoint for it, at which FTS5 (before SQLite 3.44) writes its pending terms to
    /// disk as a new segment: one row per statement made a segment per row, to be merged again,
    /// and cost more than all the other tables together. Call ``finish()`` to write the last ones.
    struct Writer {
        /// The section tables whose rows are deleted one canvas at a time.
        /// How many `search_items` rows one statement writes at most (as the database's parameter limit allows).
        static let searchBatch = 1024

        private static let plainTables = ["needs", "partners", "resources", "information", "activities",
                                          "activity_links", "effects"]

        private let db: Database
        private var needs: RowInserter
        private var partners: RowInserter
        private var resources: RowInserter
        private var information: RowInserter
        private var activities: RowInserter
        private var links: RowInserter
        private var effects: RowInserter
        private var deletes: [RowInserter]
        /// How many `search_items` rows, or canvases whose rows are deleted, go into one statement.
        private let batchSize: Int
        /// Inserts ``batchSize`` rows of `search_items`; made when first needed.
        private var searchBatch: RowInserter?
        /// Rows of `search_items` not written yet.
        private var pendingSearchItems: [SearchItemRecord] = []
        /// Canvases whose old `search_items` rows are still to be deleted (before the pending rows are written).
        private var pendingSearchDeletes: [String] = []

        /// Prepares the statements on `db`.
        init(_ db: Database) throws {
            self.db = db
            needs = try RowInserter(db, sql: NeedRecord.insertSQL)
            partners = try RowInserter(db, sql: PartnerRecord.insertSQL)
            resources = try RowInserter(db, sql: ResourceRecord.insertSQL)
            information = try RowInserter(db, sql: InformationRecord.insertSQL)
            activities = try RowInserter(db, sql: ActivityRecord.insertSQL)
            links = try RowInserter(db, sql: ActivityLinkRecord.insertSQL)
            effects = try RowInserter(db, sql: EffectRecord.insertSQL)
            deletes = try Self.plainTables.map { try RowInserter(db, sql: "DELETE FROM \($0) WHERE canvas_id = ?") }
            batchSize = max(1, min(Self.searchBatch, db.maximumStatementArgumentCount / 3))
        }

        /// Inserts every row of `rows` (those of `search_items` possibly only at a later call).
        mutating func insert(_ rows: SectionRows) throws {
            for row in rows.needs { try needs.insert(row) }
            for row in rows.partners { try partners.insert(row) }
            for row in rows.resources { try resources.insert(row) }
            for row in rows.information { try information.insert(row) }
            for row in rows.activities { try activities.insert(row) }
            for row in rows.links { try links.insert(row) }
            for row in rows.effects { try effects.insert(row) }
            pendingSearchItems += rows.searchItems
            if pendingSearchItems.count >= batchSize { try writeSearchItems(all: false) }
        }

        /// Deletes every section row of the canvas `id` (those of `search_items`, and with them its
        /// search index entries, before any of its new rows are written).
        mutating func delete(canvasID id: String) throws {
            for index in deletes.indices {
                deletes[index].bind(id)
                try deletes[index].run()
            }
            pendingSearchDeletes.append(id)
            if pendingSearchDeletes.count >= batchSize { try writeSearchItems(all: false) }
        }

        /// Writes what is still pending.
        mutating func finish() throws {
            try writeSearchItems(all: true)
        }

        /// Deletes the pending canvases' old `search_items` rows, then inserts the pending rows:
        /// whole batches, and with `all` the rest too.
        private mutating func writeSearchItems(all: Bool) throws {
            if !pendingSearchDeletes.isEmpty {
                var delete = try RowInserter(db, sql: """
                    DELETE FROM search_items WHERE canvas_id IN (\(Self.placeholders(pendingSearchDeletes.count, "?")))
                    """)
                for id in pendingSearchDeletes { delete.bind(id) }
                try delete.run()
                pendingSearchDeletes.removeAll(keepingCapacity: true)
            }
            var start = 0
            while pendingSearchItems.count - start >= batchSize {
                if searchBatch == nil { searchBatch = try RowInserter(db, sql: Self.insertSearchItems(batchSize)) }
                for row in pendingSearchItems[start..<start + batchSize] { row.bind(to: &searchBatch!) }
                try searchBatch!.run()
                start += batchSize
            }
            if all && start < pendingSearchItems.count {
                var rest = try RowInserter(db, sql: Self.insertSearchItems(pendingSearchItems.count - start))
                for row in pendingSearchItems[start...] { row.bind(to: &rest) }
                try rest.run()
                start = pendingSearchItems.count
            }
            pendingSearchItems.removeFirst(start)
        }

        /// `INSERT INTO search_items …` of `count` rows.
        private static func insertSearchItems(_ count: Int) -> String {
            "INSERT INTO search_items (canvas_id, section, body) VALUES \(placeholders(count, "(?, ?, ?)"))"
        }

        /// `tuple` `count` times, separated by commas.
        private static func placeholders(_ count: Int, _ tuple: String) -> String {
            repeatElement(tuple, count: count).joined(separator: ", ")
        }
    }
}
