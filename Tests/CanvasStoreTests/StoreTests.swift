import CanvasKit
import Foundation
import GRDB
import Testing

@testable import CanvasStore
import CanvasWorkbench

/// The store's library API on the example canvases: revisions, refusals, export, queries.
@Suite struct StoreTests {
    let folder: String
    let store: CanvasStore

    init() throws {
        folder = try TestSupport.temporaryFolder()
        store = try CanvasStore(path: folder + "/store.sqlite", create: true)
    }

    @Test func addingTheExamplesStoresEachOnceAndTheWorkshopFile() throws {
        let first = try store.add(paths: [TestSupport.examples], message: "import", allowErrors: false)
        #expect(first.added.count == TestSupport.exampleCanvases.count)
        #expect(first.workshops == ["velingrad-2012"])
        #expect(first.refused.isEmpty)
        let second = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        #expect(second.added.isEmpty && second.updated.isEmpty && second.workshops.isEmpty)
        #expect(second.unchanged.count == first.added.count)
        let workshop = try store.read { db in try WorkshopRecord.fetchOne(db, key: "velingrad-2012") }
        #expect(workshop?.workshop?.place?.contains("Велинград") == true)
        #expect(workshop?.workshop?.groups.count == 9)
        #expect(try store.history("seniors-online").revisions.count == 1)
    }

    @Test func aChangedTextMakesANewRevisionAndTheDiffNamesTheChanges() throws {
        let original = try String(contentsOfFile: TestSupport.examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
        let path = folder + "/seniors.yaml"
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try store.add(paths: [path], message: "one", allowErrors: false)
        let edited = original
            .replacingOccurrences(of: "  - id: health-info\n", with: "  - id: delivery\n    text: Доставка по домовете\n  - id: health-info\n")
            .replacingOccurrences(of: "status: proposed", with: "status: approved")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try store.add(paths: [path], message: "two", allowErrors: false)
        #expect(report.updated == ["seniors-online"])
        let history = try store.history("seniors-online")
        #expect(history.revisions.map(\.number) == [1, 2])
        #expect(history.revisions.map(\.message) == ["one", "two"])
        #expect(try store.exportText("seniors-online", revision: 1) == original)
        let diff = try store.diff("seniors-online")
        #expect(diff.sections.map(\.section) == ["header", "needs"])
        #expect(diff.sections.last?.changes.count == 1)
        if case .added(let item) = diff.sections.last?.changes.first {
            #expect(item.key == "delivery")
        } else {
            Issue.record("the new need is not reported as added")
        }
        #expect(try store.diff("seniors-online", from: 2, to: 2).isEmpty)
    }

    @Test func filesThatCannotBeStoredAreRefusedWithAReason() throws {
        try "format: 1\nid: [unclosed\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        try "format: 1\ntitle: No id\n".write(toFile: folder + "/noid.yaml", atomically: true, encoding: .utf8)
        try "format: 1\nid: bare\ntitle: Bare\n".write(toFile: folder + "/bare.yaml", atomically: true, encoding: .utf8)
        let report = try store.add(paths: [folder + "/broken.yaml", folder + "/noid.yaml", folder + "/bare.yaml"],
                                   message: nil, allowErrors: false)
        #expect(report.refused.map(\.reason).dropFirst() == ["not readable YAML", "the canvas has no `id:`"])
        #expect(report.refused.map(\.path).map { ($0 as NSString).lastPathComponent } == ["bare.yaml", "broken.yaml", "noid.yaml"])
        #expect(report.refused[0].reason.hasSuffix("(--allow-errors stores it anyway)"))
        #expect(report.refused[1].details.first?.contains("[invalid-yaml]") == true)
        #expect(try store.list().isEmpty)

        let allowed = try store.add(paths: [folder + "/bare.yaml", folder + "/noid.yaml"], message: nil, allowErrors: true)
        #expect(allowed.added == ["bare"])
        #expect(allowed.storedWithErrors == ["bare"])
        #expect(allowed.refused.count == 1)
        #expect(try store.list(ListFilter(withErrors: true)).map(\.id) == ["bare"])
    }

    @Test(arguments: TestSupport.exampleCanvases)
    func exportLoadsToTheSameCanvas(path: String) throws {
        _ = try store.add(paths: [path], message: nil, allowErrors: false)
        let original = try CanvasLoader.load(contentsOf: path)
        let id = try #require(original.canvas?.id)
        let exported = CanvasLoader.load(Array(try store.exportText(id).utf8), path: path)
        #expect(exported.canvas == original.canvas)
        #expect(exported.issues == original.issues)
    }

    @Test func searchFoldsCyrillicCaseAndRanksHits() throws {
        _ = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        let upper = try store.search("БЕЗРАБОТНИ")
        let lower = try store.search("безработни")
        #expect(!upper.hits.isEmpty)
        #expect(upper.hits == lower.hits)
        #expect(upper.hits.map(\.score) == upper.hits.map(\.score).sorted())
        #expect(upper.hits.allSatisfy { $0.snippet.contains("[") })
        #expect(try store.search("центр зайнятості").hits.contains { $0.canvasId == "computer-literacy-for-job-seekers" })
        #expect(try store.search("\"*)(").hits.isEmpty)
        try store.setHidden("jobs-for-long-term-unemployed", true)
        #expect(try !store.search("безработни").hits.contains { $0.canvasId == "jobs-for-long-term-unemployed" })
    }

    @Test func listFiltersAndHiding() throws {
        _ = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        #expect(try store.list(ListFilter(plugin: "seniors")).map(\.id) == ["kniga-03-home-delivery", "seniors-online"])
        #expect(try store.list(ListFilter(language: "uk")).count == 3)
        #expect(try store.list(ListFilter(workshop: "velingrad-2012")).count == 9)
        #expect(try store.setHidden("seniors-online", true))
        #expect(try !store.setHidden("seniors-online", true))
        #expect(try store.list(ListFilter(plugin: "seniors")).map(\.id) == ["kniga-03-home-delivery"])
        #expect(try store.list(ListFilter(plugin: "seniors", includeHidden: true)).count == 2)
        #expect(try store.stats().hidden == 1)
        #expect(try store.setHidden("seniors-online", false))
        #expect(throws: StoreError.canvasNotFound(id: "nope")) { try store.setHidden("nope", true) }
    }

    /// Every column of every section table for one canvas, as `sdw add` writes them.
    @Test func sectionRowsOfAnExample() throws {
        _ = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        let dump: String = try store.read { db in
            try SectionTable.allCases.map { table -> String in
                let sql: String = "SELECT * FROM \(table.name) WHERE canvas_id = 'seniors-online'"
                let rows = try Row.fetchAll(db, sql: sql)
                let lines = rows.map { row -> String in
                    row.columnNames.map { column -> String in
                        let value: DatabaseValue = row[column]
                        return "\(column)=\(value.isNull ? "NULL" : value.description)"
                    }.joined(separator: " | ")
                }
                let title: String = "## \(table.name)\n"
                return title + lines.joined(separator: "\n")
            }.joined(separator: "\n") + "\n"
        }
        try Snapshot.check(dump, named: "section-rows-seniors-online")
        // A small add leaves the search index's merging as FTS5 has it.
        #expect(try store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search_config WHERE k IN ('automerge', 'crisismerge')")
        } == 0)
    }

    @Test func sectionTablesAnswerQuestionsAcrossCanvases() throws {
        _ = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        let (needs, links, partners) = try store.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM needs WHERE canvas_id = 'seniors-online'"),
             try Int.fetchOne(db, sql: """
                SELECT count(*) FROM activity_links WHERE canvas_id = 'seniors-online' AND kind = 'partner'
                """),
             try String.fetchAll(db, sql: """
                SELECT DISTINCT c.id FROM partners p JOIN canvases c ON c.id = p.canvas_id
                WHERE p.type = 'municipality' ORDER BY c.id
                """))
        }
        #expect(needs == 3)
        #expect(links == 4)
        #expect(partners.contains("seniors-online"))
        let stats = try store.stats()
        #expect(stats.canvases == TestSupport.exampleCanvases.count)
        #expect(stats.budgets.map(\.currency).contains("BGN"))
    }
}
