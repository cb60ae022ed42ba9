import Foundation
import GRDB
import Testing

@testable import CanvasStore

/// The unsafe edge of `sdw add`: statements whose texts are bound where they lie
/// (``RowInserter``, ``BatchInserter``), the bytes they point into (``TextArena``,
/// ``RowValues``), and what happens to them when a batch is abandoned half-way.
@Suite struct InserterTests {
    /// A connection on a new database with one table `t (a TEXT NOT NULL, b TEXT, n INTEGER)`.
    private static func database() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT NOT NULL UNIQUE, b TEXT, n INTEGER)")
        }
        return queue
    }

    private static let insertSQL = "INSERT INTO t (a, b, n) VALUES (?, ?, ?)"

    private struct Row: InsertableRow, Equatable {
        var a: String
        var b: String?
        var n: Int?
        static let insertSQL = InserterTests.insertSQL
        func bind(to inserter: inout RowInserter) {
            inserter.bind(a); inserter.bind(b); inserter.bind(n)
        }
    }

    private static func rows(_ db: Database) throws -> [Row] {
        try GRDB.Row.fetchAll(db, sql: "SELECT a, b, n FROM t ORDER BY rowid").map { Row(a: $0[0], b: $0[1], n: $0[2]) }
    }

    private struct Abandoned: Error {}

    /// The regression: rows bound (texts in the inserter's arena, and in values), an error before
    /// the statement ran, the transaction rolled back, then a new insert on the same connection.
    /// Before the fix the statement came from the connection's cache with the abandoned rows still
    /// bound to freed bytes: the commit held phantom rows (and AddressSanitizer reported a
    /// heap-use-after-free in `sqlite3_step`).
    @Test func anAbandonedBatchLeavesNothingForTheNextInsertOnTheConnection() throws {
        let queue = try Self.database()
        #expect(throws: Abandoned.self) {
            try queue.inTransaction { db in
                let batch = BatchInserter(db, insertSQL: Self.insertSQL, limit: 8)
                for index in 0..<3 { try batch.add(Row(a: "abandoned-\(index)", b: String(repeating: "x", count: 100), n: index)) }
                let builder = RowValues.Builder()
                builder.append("abandoned-values"); builder.append("y"); builder.append(7 as Int?)
                let values = builder.freeze()
                try batch.add(values, 0..<3)
                throw Abandoned()
            }
        }
        try queue.inTransaction { db in
            let batch = BatchInserter(db, insertSQL: Self.insertSQL, limit: 8)
            try batch.add(Row(a: "kept", b: nil, n: 1))
            try batch.finish()
            return .commit
        }
        #expect(try queue.read(Self.rows) == [Row(a: "kept", b: nil, n: 1)])
    }

    /// The same through ``CanvasStore/write(_:)``, whose busy retry runs its body again on the
    /// same connection: the first attempt binds rows and reports the database busy, the second
    /// stores one row.
    @Test func aWriteRetriedOnTheSameConnectionStoresOnlyItsOwnRows() throws {
        let folder = try TestSupport.temporaryFolder()
        let store = try CanvasStore(path: folder + "/store.sqlite", create: true)
        try store.write { db in try db.execute(sql: "CREATE TABLE t (a TEXT NOT NULL UNIQUE, b TEXT, n INTEGER)") }
        final class Attempts: @unchecked Sendable { var count = 0 }
        let attempts = Attempts()
        try store.write { db in
            attempts.count += 1
            let batch = BatchInserter(db, insertSQL: Self.insertSQL, limit: 8)
            if attempts.count == 1 {
                for index in 0..<3 { try batch.add(Row(a: "abandoned-\(index)", b: "b", n: index)) }
                throw DatabaseError(resultCode: .SQLITE_BUSY, message: "busy")
            }
            try batch.add(Row(a: "kept", b: "b", n: 1))
            try batch.finish()
        }
        #expect(attempts.count == 2)
        #expect(try store.read(Self.rows) == [Row(a: "kept", b: "b", n: 1)])
    }

    /// A statement runs with only the rows bound since its last run: the places of a full
    /// statement left over are `NULL` again (skipped), after a run and after a failed run.
    @Test func aBatchInsertsExactlyTheRowsGivenAcrossRunsAndFailures() throws {
        let queue = try Self.database()
        let expected = (0..<11).map { Row(a: "row-\($0)", b: $0 % 3 == 0 ? nil : "b\($0)", n: $0 % 2 == 0 ? $0 : nil) }
        try queue.inTransaction { db in
            var runs: [Int] = []
            let batch = BatchInserter(db, insertSQL: Self.insertSQL, limit: 4) { rows, _, _ in runs.append(rows) }
            #expect(batch.rowsPerStatement == 4)
            for row in expected { try batch.add(row) }
            try batch.finish()
            #expect(runs == [4, 4, 3])
            // A row that breaks the UNIQUE constraint fails its statement; the next has only its own rows.
            try batch.add(Row(a: "row-0", b: nil, n: nil))
            #expect(throws: DatabaseError.self) { try batch.finish() }
            try batch.add(Row(a: "after", b: "c", n: 99))
            try batch.finish()
            return .commit
        }
        #expect(try queue.read(Self.rows) == expected + [Row(a: "after", b: "c", n: 99)])
    }

    /// A ``RowInserter`` clears its bindings after each run, also a failed one: a value left
    /// unbound is `NULL`, never the one bound before.
    @Test func aRowInserterForgetsItsValuesAfterEveryRun() throws {
        let queue = try Self.database()
        try queue.write { db in
            var inserter = try RowInserter(db, sql: Self.insertSQL)
            inserter.bind("one"); inserter.bind("first b"); inserter.bind(1 as Int?)
            try inserter.run()
            inserter.bind("one"); inserter.bind("duplicate"); inserter.bind(2 as Int?)
            #expect(throws: DatabaseError.self) { try inserter.run() }
            inserter.bind("two")
            try inserter.run()
            inserter.bind("abandoned"); inserter.bind("x")
            inserter.abandon()
            inserter.bind("three"); inserter.bind(""); inserter.bind(3.5 as Double?)
            try inserter.run()
        }
        let rows = try queue.read { db in try GRDB.Row.fetchAll(db, sql: "SELECT a, b, n FROM t ORDER BY rowid") }
        #expect(rows.count == 3)
        #expect(rows[0] == ["a": "one", "b": "first b", "n": 1])
        #expect(rows[1] == ["a": "two", "b": nil, "n": nil])
        // An empty text is a text, not NULL.
        #expect(rows[2] == ["a": "three", "b": "", "n": 3.5])
    }

    /// Two inserters of the same SQL on one connection each have their own statement: binding
    /// one leaves the other's values alone.
    @Test func twoInsertersOfTheSameSQLShareNoStatement() throws {
        let queue = try Self.database()
        try queue.write { db in
            var first = try RowInserter(db, sql: Self.insertSQL)
            var second = try RowInserter(db, sql: Self.insertSQL)
            first.bind("first"); first.bind("b1"); first.bind(1 as Int?)
            second.bind("second")
            try second.run()
            try first.run()
        }
        #expect(try queue.read(Self.rows) == [Row(a: "second", b: nil, n: nil), Row(a: "first", b: "b1", n: 1)])
    }

    /// Texts bound from ``RowValues`` where they lie, across statement runs and values objects.
    @Test func rowValuesAreBoundWhereTheyLie() throws {
        let queue = try Self.database()
        let builder = RowValues.Builder(values: 1, bytes: 1)
        var expected: [Row] = []
        for index in 0..<50 {
            let row = Row(a: "вал-\(index)", b: index % 4 == 0 ? nil : String(repeating: "ж", count: index), n: index)
            builder.append(row.a); builder.append(row.b); builder.append(row.n)
            expected.append(row)
        }
        let values = builder.freeze()
        // The builder starts again empty; the frozen values are not touched by what it writes next.
        #expect(builder.values.isEmpty && builder.byteCount == 0)
        builder.append(String(repeating: "z", count: 100_000))
        try queue.write { db in
            let batch = BatchInserter(db, insertSQL: Self.insertSQL, limit: 7)
            try batch.add(values, 0..<60)
            try batch.add(values, 60..<150)
            try batch.finish()
        }
        #expect(try queue.read(Self.rows) == expected)
        #expect(values.values.count == 150 && values.string(values.values[3]) == "вал-1")
    }

    /// Frozen values cross threads: read on many at once, they all see the same texts.
    @Test func frozenRowValuesAreReadTheSameOnEveryThread() async {
        let builder = RowValues.Builder()
        for index in 0..<1000 { builder.append("text \(index)") }
        let values = builder.freeze()
        let seen = await withTaskGroup(of: [String?].self) { group in
            for _ in 0..<4 { group.addTask { values.values.map(values.string) } }
            var all: [[String?]] = []
            for await texts in group { all.append(texts) }
            return all
        }
        #expect(seen.count == 4 && seen.allSatisfy { $0 == (0..<1000).map { "text \($0)" } })
    }

    /// Every address the arena hands out keeps its bytes until ``TextArena/removeAll()``, across
    /// full blocks and texts larger than a block; an empty text has an address too.
    @Test func aTextArenaKeepsEveryCopyInPlaceUntilEmptied() throws {
        let arena = TextArena()
        for round in 0..<2 {
            var copies: [(UnsafeRawPointer, [UInt8])] = []
            let sizes = [0, 1, 100, TextArena.blockSize - 50, 60, TextArena.blockSize + 1, 3 * TextArena.blockSize, 7, 0]
            for (index, size) in sizes.enumerated() {
                let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &+ index &+ round) }
                let address = bytes.withUnsafeBytes { arena.copy($0) }
                copies.append((address, bytes))
            }
            for (address, bytes) in copies {
                #expect(Array(UnsafeRawBufferPointer(start: address, count: bytes.count)) == bytes)
            }
            arena.removeAll()
        }
    }
}
