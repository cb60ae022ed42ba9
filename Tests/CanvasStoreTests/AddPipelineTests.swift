import CanvasKit
import Foundation
import GRDB
import Testing

@testable import CanvasStore
import CanvasWorkbench

/// What `sdw add` writes in batches while it lints is what it wrote one canvas at a time.
@Suite struct AddPipelineTests {
    /// The search text of each section is its items' `searchBody` texts, one per line.
    @Test(arguments: TestSupport.exampleCanvases)
    func sectionSearchTextsAreTheItemsSearchBodies(path: String) throws {
        let loaded = CanvasLoader.load(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        try Self.expectSearchTextsAreTheItemsSearchBodies(try #require(loaded.canvas))
    }

    /// The same for generated canvases, and for values that are empty, lists of one empty author
    /// or id, and amounts of every shape.
    @Test func sectionSearchTextsAreTheItemsSearchBodiesForGeneratedAndOddCanvases() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.generateCanvases(count: 40, prefix: "s", into: folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let loaded = CanvasLoader.load(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))), path: name)
            try Self.expectSearchTextsAreTheItemsSearchBodies(try #require(loaded.canvas))
        }
        let odd = """
            format: 1
            id: odd
            title: ""
            language: en
            status: draft
            authors: [""]
            needs:
              - {id: n1, text: "", evidence: assumed}
            resources:
              - {id: r1, item: Room, cost: 0, currency: EUR, available: true}
              - {id: r2, item: Laptops, cost: 1500.00, currency: EUR, available: false}
              - {id: r3, item: Tea, cost: 12.5, currency: EUR, available: true}
              - {id: r4, item: Books, cost: 1e3, currency: EUR, available: true}
            activities:
              - {id: a1, name: Start, when: 2026-05, needs: [n1], resources: [r1, r2]}
            effects:
              economic:
                - {text: Saved, value: -42, currency: EUR, target: 12345678901234567890, evidence: estimated}
            """
        let loaded = CanvasLoader.load(Array(odd.utf8), path: "odd.yaml")
        try Self.expectSearchTextsAreTheItemsSearchBodies(try #require(loaded.canvas))
    }

    @Test(arguments: ["0", "1", "-1", "1500", "1500.00", "250.5", "-0.25", "1e3", "2.5e2", "12345678901234567890",
                      "9007199254740993", "0.000", "1000000000000000000000000000000"])
    func amountsAreWrittenAsInterpolationWritesThem(text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(SectionItem.text(value) == "\(value)")
    }

    private static func expectSearchTextsAreTheItemsSearchBodies(_ canvas: Canvas) throws {
        let items = SectionItem.items(of: canvas)
        let expected: [(String, String)] = SectionItem.sectionOrder.compactMap { section in
            let body = items.filter { $0.section == section }.map(\.searchBody).filter { !$0.isEmpty }
                .joined(separator: "\n")
            return body.isEmpty ? nil : (section, body)
        }
        let rows = SectionRows(canvas: canvas, canvasID: "x").searchItems
        #expect(rows.map(\.section) == expected.map(\.0))
        #expect(rows.map(\.body) == expected.map(\.1))
    }

    @Test(arguments: [(2012, 5, 17), (1, 2, 3), (9999, 12, 31), (10000, 1, 1), (-5, 1, 1)])
    func daysAreWrittenAsFormatWritesThem(date: (Int, Int, Int)) {
        let day = (year: date.0, month: date.1, day: date.2)
        #expect(SectionRows.day(day) == String(format: "%04d-%02d-%02d", date.0, date.1, date.2))
    }

    /// Values keep what was given through every growth of the text buffer; a text copied once can
    /// be given again; a text left empty can be taken back.
    @Test func rowValuesKeepEveryValue() throws {
        let values = RowValues.Builder(values: 1, bytes: 1)
        let id = values.copy("canvas-ид")
        var expected: [String?] = []
        for index in 0..<3000 {
            values.append(id)
            expected.append("canvas-ид")
            let text = index % 7 == 0 ? "" : String(repeating: "ё\(index)", count: index % 13)
            values.append(text)
            expected.append(text)
            values.append(index % 5 == 0 ? nil : "x" as String?)
            expected.append(index % 5 == 0 ? nil : "x")
            let start = values.byteCount
            values.write("партньор ")
            values.write(0x41)
            values.append(values.text(from: start))
            expected.append("партньор A")
            let empty = values.byteCount
            values.write("dropped")
            values.discard(from: empty)
        }
        #expect(values.values.map(values.string) == expected)
        let frozen = values.freeze()
        #expect(frozen.values.map(frozen.string) == expected)
        let numbers = RowValues.Builder()
        numbers.append(42 as Int?)
        numbers.append(-1.5 as Double?)
        numbers.append(true)
        numbers.append(nil as Int?)
        #expect(numbers.values.map(\.kind) == [.integer, .real, .integer, .null])
        #expect(Int64(bitPattern: numbers.values[0].payload) == 42 && Double(bitPattern: numbers.values[1].payload) == -1.5)
        #expect(numbers.values[2].payload == 1)
    }

    /// Hundreds of canvases, half of them changed on the second add: every batch boundary is
    /// crossed, updated canvases lose their old section rows before they get new ones.
    @Test func manyCanvasesAddedThenHalfChanged() throws {
        let folder = try TestSupport.temporaryFolder()
        let corpus = folder + "/corpus"
        let count = 700
        try TestSupport.generateCanvases(count: count, prefix: "p", into: corpus)
        let store = try CanvasStore(path: folder + "/store.sqlite", create: true)
        let first = try store.add(paths: [corpus], message: nil, allowErrors: false)
        #expect(first.added.count == count && first.refused.isEmpty)
        let counts = try Self.sectionCounts(store)

        for index in stride(from: 0, to: count, by: 2) {
            let path = "\(corpus)/c\(index).yaml"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "status: proposed", with: "status: approved")
                .write(toFile: path, atomically: false, encoding: .utf8)
        }
        let second = try store.add(paths: [corpus], message: "half", allowErrors: false)
        #expect(second.updated.count == count / 2 && second.unchanged.count == count / 2 && second.added.isEmpty)
        #expect(try Self.sectionCounts(store) == counts)
        #expect(try store.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM canvases WHERE status = 'approved'")
        } == count / 2)
        let hits = try store.search("Пенсионери", limit: 5000)
        #expect(Set(hits.hits.map(\.canvasId)).count == count)
        // Merges were held during the first add (over 500 canvases) and are on again after it; the
        // index is whole.
        let config = try store.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT k, v FROM search_config").map {
                (String.fromDatabaseValue($0[0]) ?? "", Int.fromDatabaseValue($0[1]) ?? -1)
            })
        }
        #expect(config["automerge"] == 4 && config["crisismerge"] == 64)
        try store.write { db in try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('integrity-check', 1)") }
    }

    /// Rows per section table, and rows of the search index.
    private static func sectionCounts(_ store: CanvasStore) throws -> [Int] {
        try store.read { db in
            try (SectionTable.allCases.map(\.name) + ["search_docsize"]).map { table in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1
            }
        }
    }
}
