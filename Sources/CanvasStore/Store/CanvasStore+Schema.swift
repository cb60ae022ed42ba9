import GRDB

extension CanvasStore {
    /// The first migration: canvases, their revisions (the exact YAML text) and lint findings.
    static let canvasesAndRevisions = "v1-canvases-revisions-findings"
    /// The second migration: one table per section of the latest revision, and full-text search.
    static let sectionsAndSearch = "v2-sections-search"
    /// The third migration: a partial index of hidden canvases, so that search leaves them out cheaply.
    static let hiddenIndex = "v3-hidden-canvases-index"
    /// The fourth migration: workshop files, kept whole so that workshop reports can come from the store.
    static let workshops = "v4-workshops"
    /// The fifth migration: `activity_links.kind` and `effects.kind` checked with `=` instead of
    /// `IN (…)`, which SQLite (before 3.44) evaluates through a temporary table built anew for
    /// every row written: a third of the cost of inserting them. The rows are copied over.
    static let kindChecks = "v5-kind-checks-without-in-lists"
    /// The sixth migration: `search_items` rows are indexed by sdw, many per statement, after it
    /// inserts them (``SectionTable/indexSearchItems(rows:lastRowID:_:)``), instead of by a trigger
    /// per row, which also made SQLite copy every inserted row into a temporary table first. The
    /// trigger that takes deleted rows out of the index stays.
    static let searchIndexFedBySdw = "v6-search-index-fed-by-sdw"

    /// The schema's whole history. Migrations are named and append-only: never edit one that
    /// has shipped; add a new one after the last.
    ///
    /// Migrations are SQL only (GRDB's advice: application code changes, a migration must not).
    /// Data derived from the revisions' texts (section rows, search index) is rebuilt after them,
    /// by ``rebuildDerivedData(_:)``, when a migration asks for it.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(canvasesAndRevisions) { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE canvases (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT,
                    language TEXT NOT NULL,
                    plugin TEXT,
                    status TEXT NOT NULL,
                    library TEXT,
                    workshop TEXT,
                    group_number INTEGER,
                    latest_revision INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    infos INTEGER NOT NULL,
                    hidden INTEGER NOT NULL DEFAULT 0,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE revisions (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    yaml TEXT NOT NULL,
                    text_hash TEXT NOT NULL,
                    source_path TEXT NOT NULL,
                    message TEXT,
                    created_at TEXT NOT NULL,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    infos INTEGER NOT NULL,
                    PRIMARY KEY (canvas_id, number)
                );
                CREATE TABLE findings (
                    canvas_id TEXT NOT NULL,
                    revision INTEGER NOT NULL,
                    rule_id TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    line INTEGER,
                    "column" INTEGER,
                    item_path TEXT NOT NULL,
                    message TEXT NOT NULL,
                    FOREIGN KEY (canvas_id, revision) REFERENCES revisions(canvas_id, number) ON DELETE CASCADE
                );
                CREATE INDEX findings_by_revision ON findings(canvas_id, revision);
                """)
        }
        migrator.registerMigration(sectionsAndSearch) { db in
            try db.execute(sql: """
                ALTER TABLE canvases ADD COLUMN target_group TEXT;
                ALTER TABLE canvases ADD COLUMN target_size INTEGER;
                ALTER TABLE canvases ADD COLUMN service TEXT;
                CREATE TABLE needs (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT, text TEXT, evidence TEXT NOT NULL,
                    PRIMARY KEY (canvas_id, position)
                );
                CREATE TABLE partners (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT, name TEXT, type TEXT, role TEXT, benefit TEXT, contact TEXT,
                    PRIMARY KEY (canvas_id, position)
                );
                CREATE TABLE resources (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT, item TEXT, kind TEXT, cost REAL, currency TEXT, available INTEGER NOT NULL,
                    PRIMARY KEY (canvas_id, position)
                );
                CREATE TABLE information (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    channel TEXT, audience TEXT,
                    PRIMARY KEY (canvas_id, position)
                );
                CREATE TABLE activities (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT, name TEXT, "when" TEXT, starts TEXT, ends TEXT, responsible TEXT,
                    PRIMARY KEY (canvas_id, position)
                );
                CREATE TABLE activity_links (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    activity_position INTEGER NOT NULL,
                    activity_id TEXT,
                    kind TEXT NOT NULL CHECK (kind IN ('need', 'partner', 'resource')),
                    target_id TEXT NOT NULL
                );
                CREATE INDEX activity_links_by_canvas ON activity_links(canvas_id);
                CREATE TABLE effects (
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('social', 'economic', 'result')),
                    position INTEGER NOT NULL,
                    text TEXT, value REAL, currency TEXT, indicator TEXT, target REAL, unit TEXT, evidence TEXT NOT NULL,
                    PRIMARY KEY (canvas_id, kind, position)
                );
                CREATE TABLE search_items (
                    rowid INTEGER PRIMARY KEY,
                    canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE,
                    section TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX search_items_by_canvas ON search_items(canvas_id);
                CREATE VIRTUAL TABLE search USING fts5(
                    body, content = 'search_items', content_rowid = 'rowid',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER search_items_insert AFTER INSERT ON search_items BEGIN
                    INSERT INTO search(rowid, body) VALUES (new.rowid, new.body);
                END;
                CREATE TRIGGER search_items_delete AFTER DELETE ON search_items BEGIN
                    INSERT INTO search(search, rowid, body) VALUES ('delete', old.rowid, old.body);
                END;
                """)
            // The canvases stored before it get their section rows from the derived-data step.
            try db.execute(sql: "PRAGMA user_version = \(derivedDataToRebuild)")
        }
        migrator.registerMigration(hiddenIndex) { db in
            try db.execute(sql: "CREATE INDEX canvases_hidden ON canvases(id) WHERE hidden = 1")
        }
        migrator.registerMigration(workshops) { db in
            try db.execute(sql: """
                CREATE TABLE workshops (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT,
                    language TEXT NOT NULL,
                    "when" TEXT,
                    place TEXT,
                    yaml TEXT NOT NULL,
                    text_hash TEXT NOT NULL,
                    source_path TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration(kindChecks) { db in
            let key = "canvas_id TEXT NOT NULL REFERENCES canvases(id) ON DELETE CASCADE"
            try rebuild("activity_links", db, columns: "canvas_id, activity_position, activity_id, kind, target_id", as: """
                    \(key),
                    activity_position INTEGER NOT NULL,
                    activity_id TEXT,
                    kind TEXT NOT NULL CHECK (kind = 'need' OR kind = 'partner' OR kind = 'resource'),
                    target_id TEXT NOT NULL
                """)
            try db.execute(sql: "CREATE INDEX activity_links_by_canvas ON activity_links(canvas_id)")
            try rebuild("effects", db, columns: """
                canvas_id, kind, position, text, value, currency, indicator, target, unit, evidence
                """, as: """
                    \(key),
                    kind TEXT NOT NULL CHECK (kind = 'social' OR kind = 'economic' OR kind = 'result'),
                    position INTEGER NOT NULL,
                    text TEXT, value REAL, currency TEXT, indicator TEXT, target REAL, unit TEXT, evidence TEXT NOT NULL,
                    PRIMARY KEY (canvas_id, kind, position)
                """)
        }
        migrator.registerMigration(searchIndexFedBySdw) { db in
            try db.execute(sql: "DROP TRIGGER search_items_insert")
        }
        return migrator
    }()

    /// The `PRAGMA user_version` of a store whose section rows and search index must be rebuilt
    /// from its revisions' texts (a migration sets it; ``rebuildDerivedData(_:)`` does the work
    /// and sets it back to 0, in one transaction). Reading commands refuse such a store as older.
    static let derivedDataToRebuild: Int32 = 1

    /// Whether `db` waits for its derived data to be rebuilt.
    static func derivedDataPending(_ db: Database) throws -> Bool {
        try Int32.fetchOne(db, sql: "PRAGMA user_version") == derivedDataToRebuild
    }

    /// Rebuilds the section rows (and with them the search index) of every canvas from its latest
    /// revision, when a migration asked for it; records that it is done.
    static func rebuildDerivedData(_ queue: DatabaseQueue) throws {
        guard try queue.read(derivedDataPending) else { return }
        try queue.inTransaction(.immediate) { db in
            guard try derivedDataPending(db) else { return .commit }
            try SectionIndexer.reindexAll(db)
            try db.execute(sql: "PRAGMA user_version = 0")
            return .commit
        }
    }

    /// Replaces `table` by a new table of the same name whose columns and constraints are
    /// `definition`, copying `columns` of every row in their order; its indexes go with the old table.
    private static func rebuild(_ table: String, _ db: Database, columns: String, as definition: String) throws {
        try db.execute(sql: """
            CREATE TABLE \(table)_new (
            \(definition)
            );
            INSERT INTO \(table)_new (\(columns)) SELECT \(columns) FROM \(table) ORDER BY rowid;
            DROP TABLE \(table);
            ALTER TABLE \(table)_new RENAME TO \(table);
            """)
    }
}
