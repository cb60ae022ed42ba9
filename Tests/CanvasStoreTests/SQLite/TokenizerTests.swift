import Foundation
import GRDB
import Testing

@testable import CanvasStore

/// The writing connection's `unicode61` gives the index SQLite's own `unicode61` would.
@Suite struct TokenizerTests {
    /// Texts with what a tokenizer can get wrong: case, accents, combining marks, digits,
    /// punctuation, Cyrillic and Greek, and code points the tables leave to SQLite.
    static let texts = [
        "Пенсионери ONLINE: „Книги за тези, които не могат“ — 12 души, №5",
        "Ёлка, ЁЖ, їжак, Ґанок, ÉCOLE, Straße, ǅemal, ﬁnance, İstanbul, ΣΟΦΊΑ σοφία",
        "e\u{301}te\u{301} cafe\u{0301} a\u{0308}b \u{0301}start x\u{200B}y",
        "home-delivery, wishes; 2012-05-17..2012-05-18 (3 500 лв.) 45,5% #tag @user",
        "emoji 🙂 and 漢字 and 𝐀𝐁 and \u{FEFF}bom",
        "",
        "   ",
        "tab\tnew\nline\u{0}nul",
    ]

    @Test func theIndexIsWhatSQLitesTokenizerMakes() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder + "/store.sqlite"
        let store = try CanvasStore(path: path, create: true)
        let corpus = try TestSupport.exampleCanvases.map { try String(contentsOfFile: $0, encoding: .utf8) }
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO canvases (id, language, status, latest_revision, errors, warnings, infos, updated_at)
                VALUES ('t', 'en', 'draft', 1, 0, 0, 0, '')
                """)
            // Through the inserter `sdw add` uses, which feeds the index.
            let builder = RowValues.Builder()
            let id = builder.copy("t")
            for text in Self.texts + corpus {
                builder.append(id)
                builder.append("x")
                builder.append(text)
            }
            let values = builder.freeze()
            let inserter = SectionTable.searchItems.inserter(db)
            try inserter.add(values, 0..<values.values.count)
            try inserter.finish()
        }
        // A plain connection, with SQLite's own tokenizer, checks the index against the texts
        // (rank 1: against the content table too, tokenized again).
        let plain = try DatabaseQueue(path: path)
        try plain.write { db in try db.execute(sql: "INSERT INTO search(search, rank) VALUES ('integrity-check', 1)") }
        let hits = try plain.read { db in
            try ["ёлка", "ecole", "straße", "ete", "cafe", "ab", "σοφία", "home", "漢字", "delivery", "пенсионери"].map { word in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM search WHERE search MATCH ?", arguments: ["\"\(word)\""]) ?? 0
            }
        }
        #expect(hits.allSatisfy { $0 > 0 }, "\(hits)")
    }
}
