import GRDB

extension CanvasStore {
    /// Sections of visible canvases whose text contains every word of `text` (as a word
    /// prefix, case-folded in every script), ranked by bm25, at most `limit`.
    ///
    /// Returns no hits when `text` has no words.
    public func search(_ text: String, limit: Int = 20) throws(StoreError) -> SearchResults {
        guard let query = SearchResults.ftsQuery(text) else { return SearchResults(query: text, hits: []) }
        // Rank first (FTS5's own `ORDER BY rank LIMIT`), then make snippets for the few rows kept.
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                WITH hidden AS (
                    SELECT i.rowid FROM canvases c INDEXED BY canvases_hidden
                    JOIN search_items i ON i.canvas_id = c.id WHERE c.hidden = 1
                ), top AS (
                    SELECT rowid, rank FROM search
                    WHERE search MATCH ?1 AND rowid NOT IN (SELECT rowid FROM hidden)
                    ORDER BY rank LIMIT ?2
                )
                SELECT i.canvas_id, i.section, snippet(search, 0, '[', ']', '…', 12) AS snippet, top.rank AS score
                FROM top JOIN search ON search.rowid = top.rowid AND search MATCH ?1
                JOIN search_items i ON i.rowid = top.rowid
                ORDER BY top.rank, i.canvas_id, i.section
                """, arguments: [query, limit])
        }
        let hits = rows.map { row in
            SearchResults.Hit(canvasId: row["canvas_id"], section: row["section"], snippet: row["snippet"],
                              score: row["score"])
        }
        return SearchResults(query: text, hits: hits)
    }
}
