import GRDB

extension CanvasStore {
    /// Section items of visible canvases whose text contains every word of `text` (as a word
    /// prefix, case-folded in every script), ranked by bm25, at most `limit`.
    ///
    /// Returns no hits when `text` has no words.
    public func search(_ text: String, limit: Int = 20) throws(StoreError) -> SearchResults {
        guard let query = SearchResults.ftsQuery(text) else { return SearchResults(query: text, hits: []) }
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.canvas_id, i.section, i.item,
                       snippet(search, 0, '[', ']', '…', 12) AS snippet, bm25(search) AS score
                FROM search
                JOIN search_items i ON i.rowid = search.rowid
                JOIN canvases c ON c.id = i.canvas_id AND c.hidden = 0
                WHERE search MATCH ?
                ORDER BY score, i.canvas_id, i.rowid
                LIMIT ?
                """, arguments: [query, limit])
        }
        let hits = rows.map { row in
            SearchResults.Hit(canvasId: row["canvas_id"], section: row["section"], item: row["item"],
                              snippet: row["snippet"], score: row["score"])
        }
        return SearchResults(query: text, hits: hits)
    }
}
