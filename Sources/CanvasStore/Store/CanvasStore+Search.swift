import GRDB

extension CanvasStore {
    /// Sections of visible canvases whose text contains every word of `text` (as a word
    /// prefix, case-folded in every script), ranked by bm25, at most `limit`.
    ///
    /// Returns no hits when `text` has no words.
    public func search(_ text: String, limit: Int = 20) throws(StoreError) -> SearchResults {
        guard let query = SearchResults.ftsQuery(text) else { return SearchResults(query: text, hits: []) }
        // Two passes over the matches. The first ranks every match with `sdw_bm25` (bm25, see
        // SearchRanking) and keeps the best `limit` in SQLite's bounded sorter: only rowids and
        // scores are sorted, unlike FTS5's `ORDER BY rank`, which sorts every match with its
        // position lists. The second walks the matches again only to find those rows (CROSS JOIN
        // keeps that order: a rowid lookup per hit would rebuild a prefix's term list each time)
        // and makes snippets and reads canvas and section for them alone.
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                WITH hidden AS (
                    SELECT i.rowid FROM canvases c INDEXED BY canvases_hidden
                    JOIN search_items i ON i.canvas_id = c.id WHERE c.hidden = 1
                ), top AS (
                    SELECT rowid, \(SearchRanking.functionName)(search) AS score FROM search
                    WHERE search MATCH ?1 AND rowid NOT IN (SELECT rowid FROM hidden)
                    ORDER BY score, rowid LIMIT ?2
                )
                SELECT i.canvas_id, i.section, snippet(search, 0, '[', ']', '…', 12) AS snippet, top.score
                FROM search CROSS JOIN top ON top.rowid = search.rowid
                CROSS JOIN search_items i ON i.rowid = top.rowid
                WHERE search MATCH ?1
                ORDER BY top.score, i.canvas_id, i.section
                """, arguments: [query, limit])
        }
        let hits = rows.map { row in
            SearchResults.Hit(canvasId: row["canvas_id"], section: row["section"], snippet: row["snippet"],
                              score: row["score"])
        }
        return SearchResults(query: text, hits: hits)
    }
}
