/// The hits of a full-text search, best first, for `sdw search`.
public struct SearchResults: Sendable, Equatable {
    /// One section of one canvas that matches.
    public struct Hit: Sendable, Equatable {
        /// The canvas's id.
        public var canvasId: String
        /// The section, e.g. `partners`.
        public var section: String
        /// The matching text around the hit, with matches in `[brackets]`.
        public var snippet: String
        /// The bm25 score (lower is better).
        public var score: Double
    }

    /// The words searched for.
    public var query: String
    /// The hits, best first.
    public var hits: [Hit]

    /// One line per hit: canvas id, section, snippet.
    public var text: String {
        var table = TextTable()
        for hit in hits {
            table.append(hit.canvasId, hit.section, hit.snippet.split(whereSeparator: \.isNewline).joined(separator: " · "))
        }
        return table.text
    }

    /// An FTS5 query that asks for every word of `text` as a prefix, or `nil` when it has no words.
    ///
    /// Words are runs of letters and digits; each is quoted, so no FTS5 syntax can slip in.
    public static func ftsQuery(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
