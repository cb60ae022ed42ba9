import Foundation
import GRDB
import Testing

@testable import CanvasStore
import CanvasWorkbench

/// Search ranking: `sdw_bm25` gives FTS5's own bm25 scores, and search finds words in every
/// language of the examples, case-folded and as prefixes, through the read-only opening too.
@Suite struct SearchRankingTests {
    let folder: String
    let store: CanvasStore

    init() throws {
        folder = try TestSupport.temporaryFolder()
        store = try CanvasStore(path: folder + "/store.sqlite", create: true)
        _ = try store.add(paths: [TestSupport.examples], message: nil, allowErrors: false)
        // One canvas in English, so that Latin words are searched as well.
        let english = try String(contentsOfFile: TestSupport.examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: seniors-online", with: "id: seniors-online-en")
            .replacingOccurrences(of: "title: Пенсионери ONLINE", with: "title: Library Courses for Seniors")
            .replacingOccurrences(of: "language: bg", with: "language: en")
        try english.write(toFile: folder + "/english.yaml", atomically: true, encoding: .utf8)
        _ = try store.add(paths: [folder + "/english.yaml"], message: nil, allowErrors: false)
    }

    @Test(arguments: ["\"пенсионер\"*", "\"безработни\"*", "\"центр\"* \"зайнятості\"*", "\"библиотек\"*",
                      "\"бібліотек\"*", "\"library\"*", "\"в\"*", "\"и\"* \"на\"*"])
    func theScoreIsBm25ToTheLastBit(query: String) throws {
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid, bm25(search) AS expected, \(SearchRanking.functionName)(search) AS actual
                FROM search WHERE search MATCH ?
                """, arguments: [query])
        }
        #expect(!rows.isEmpty)
        for row in rows {
            let expected: Double = row["expected"]
            let actual: Double = row["actual"]
            #expect(expected.bitPattern == actual.bitPattern, "row \(row["rowid"] as Int64? ?? 0)")
        }
    }

    @Test func hitsAreTheBestByBm25InOrder() throws {
        let hits = try store.search("в", limit: 7).hits
        let best = try store.read { db in
            try Double.fetchAll(db, sql: """
                SELECT bm25(search) FROM search WHERE search MATCH '"в"*' ORDER BY bm25(search) LIMIT 7
                """)
        }
        #expect(hits.count == 7)
        #expect(hits.map(\.score) == best)
    }

    @Test(arguments: [
        ("ПЕНСИОНЕР", "seniors-online"),              // bg, upper case, prefix
        ("безработ", "jobs-for-long-term-unemployed"), // bg prefix
        ("ЗАЙНЯТОСТІ", "computer-literacy-for-job-seekers"), // uk: І folds to і
        ("ЦЕНТРЫ ОБЩЕСТВЕННОГО", nil),                 // ru, two words
        ("LIBRAR cours", "seniors-online-en"),         // en, prefixes, mixed case
    ] as [(String, String?)])
    func wordsAreFoundCaseFoldedAndAsPrefixesThroughTheReadOnlyOpening(text: String, canvas: String?) throws {
        let reader = try CanvasStore(path: folder + "/store.sqlite", readOnly: true)
        let hits = try reader.search(text).hits
        #expect(!hits.isEmpty)
        #expect(hits == (try store.search(text).hits))
        #expect(hits.map(\.score) == hits.map(\.score).sorted())
        if let canvas { #expect(hits.contains { $0.canvasId == canvas }) }
    }
}
