import Foundation
import GRDB
import Testing

@testable import CanvasStore
import CanvasWorkbench

/// Opening files the store did not write, or that another sdw version wrote.
@Suite struct SchemaSafetyTests {
    let folder: String

    init() throws { folder = try TestSupport.temporaryFolder() }

    @Test func aStoreFromANewerSdwIsRefusedClearly() throws {
        let path = folder + "/newer.sqlite"
        _ = try CanvasStore(path: path, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v9-from-the-future"])) {
            try CanvasStore(path: path)
        }
        let run = try TestSupport.run(["list", "--db", path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("written by a newer sdw"))
    }

    @Test func anOlderStoreIsMigratedAndGainsSectionsAndSearch() throws {
        let path = folder + "/older.sqlite"
        let queue = try TestSupport.olderStore(at: path, upTo: CanvasStore.canvasesAndRevisions)
        try queue.close()

        let store = try CanvasStore(path: path)
        #expect(try store.search("пенсионерски").hits.contains { $0.canvasId == "seniors-online" })
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM needs") } == 3)
        #expect(try store.read { db in try CanvasStore.migrator.appliedIdentifiers(db) } == Set(CanvasStore.migrator.migrations))
        let again = try store.add(paths: [TestSupport.examples + "/velingrad-2012/seniors.yaml"], message: nil, allowErrors: false)
        #expect(again.unchanged == ["seniors-online"])
        // Indexed by the trigger of v2 while migrating, by sdw after v6: the index matches its rows.
        #expect(try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        } == ["search_items_delete"])
        try store.queue.write { db in try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('integrity-check', 1)") }
    }

    /// Migration v5 rebuilds two section tables: every row is kept, and the `kind` checks still hold.
    @Test func aV4StoreKeepsEverySectionRowWhenItsTablesAreRebuilt() throws {
        let path = folder + "/v4.sqlite"
        let queue = try DatabaseQueue(path: path)
        try CanvasStore.migrator.migrate(queue, upTo: CanvasStore.workshops)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO canvases (id, title, language, status, latest_revision, errors, warnings, infos, updated_at)
                VALUES ('c1', 'One', 'en', 'draft', 1, 0, 0, 0, '2025-01-01T00:00:00Z');
                INSERT INTO needs VALUES ('c1', 1, 'n1', 'Company', 'surveyed'), ('c1', 2, NULL, 'Skills', 'assumed');
                INSERT INTO partners VALUES ('c1', 1, 'p1', 'Town hall', 'municipality', 'Hosts', 'Reach', '+359 1');
                INSERT INTO resources VALUES ('c1', 1, 'r1', 'Room', 'premises', 0, 'BGN', 1),
                                             ('c1', 2, 'r2', 'Laptops', 'equipment', 1500.5, 'BGN', 0);
                INSERT INTO information VALUES ('c1', 1, 'Radio', 'Everyone');
                INSERT INTO activities VALUES ('c1', 1, 'a1', 'Start', '2026-05', '2026-05-01', '2026-05-31', 'Ana');
                INSERT INTO activity_links (canvas_id, activity_position, activity_id, kind, target_id)
                VALUES ('c1', 1, 'a1', 'need', 'n1'), ('c1', 1, 'a1', 'partner', 'p1'), ('c1', 2, NULL, 'resource', 'r1');
                INSERT INTO effects (canvas_id, kind, position, text, value, currency, indicator, target, unit, evidence)
                VALUES ('c1', 'social', 1, 'Fewer alone', NULL, NULL, 'visits', 40, 'people', 'estimated'),
                       ('c1', 'economic', 1, 'Savings', 1200.5, 'BGN', NULL, NULL, NULL, 'measured');
                """)
        }
        let tables = ["needs", "partners", "resources", "information", "activities", "activity_links", "effects"]
        func contents(_ db: Database) throws -> [String: [Row]] {
            var all: [String: [Row]] = [:]
            for table in tables { all[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3, 4") }
            return all
        }
        let before = try queue.read(contents)
        try queue.close()

        let store = try CanvasStore(path: path)
        #expect(try store.read { db in try CanvasStore.migrator.appliedIdentifiers(db) } == Set(CanvasStore.migrator.migrations))
        #expect(try store.read(contents) == before)
        let schema = try store.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE tbl_name IN ('\(tables.joined(separator: "', '"))') AND sql IS NOT NULL")
        }
        #expect(!schema.joined().contains(" IN ("))
        #expect(schema.contains { $0.contains("CREATE INDEX activity_links_by_canvas") })
        for (table, kind) in [("activity_links", "event"), ("effects", "cultural")] {
            #expect(throws: DatabaseError.self) {
                try store.queue.write { db in
                    try db.execute(sql: "UPDATE \(table) SET kind = ? WHERE canvas_id = 'c1'", arguments: [kind])
                }
            }
        }
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftUnchanged() throws {
        let path = folder + "/other.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.foreignDatabase(path: path)) { try CanvasStore(path: path, create: true) }
        let run = try TestSupport.run(["add", "--db", path, TestSupport.examples])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not an sdw canvas store"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["other.sqlite"])
    }

    @Test(arguments: [0, 100, 4096, 70_000])
    func aFileThatIsNotADatabaseIsRefusedAndLeftUnchanged(size: Int) throws {
        let path = folder + "/random-\(size).bin"
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<max(size, 1)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let content = size == 0 ? Data("plain text, not a database\n".utf8) : Data(bytes)
        try content.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try CanvasStore(path: path, create: true) }
        let run = try TestSupport.run(["add", "--db", path, TestSupport.examples])
        #expect(run.status == 2)
        #expect(run.stderr.contains("not an SQLite database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["random-\(size).bin"])
    }

    @Test func readingCommandsDoNotCreateAStore() throws {
        let path = folder + "/missing.sqlite"
        #expect(throws: StoreError.noStore(path: path)) { try CanvasStore(path: path) }
        let run = try TestSupport.run(["list", "--db", path])
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
