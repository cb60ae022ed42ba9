import ArgumentParser
import CanvasStore

/// `sdw search TEXT`: full-text search over every section of the visible canvases.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every section of the stored canvases, in any language; best hits first.",
        discussion: """
            Every word must occur, as the start of a word, case-insensitively in any script \
            (so "безработ" finds "Безработни"). Each hit: canvas id, section, snippet with matches in [brackets].
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The words to search for.")
    var words: [String]

    @Option(name: .long, help: "At most this many hits.")
    var limit = Search.defaultLimit

    /// The number of hits shown when `--limit` is not given.
    static let defaultLimit = 20

    func validate() throws { try Self.validate(words: words, limit: limit) }

    mutating func run() throws { try Self.run(words: words, limit: limit, storePath: store.path) }

    /// Checks the words (at least one letter or digit) and the limit (1 or more).
    static func validate(words: [String], limit: Int) throws {
        if SearchResults.ftsQuery(words.joined(separator: " ")) == nil {
            throw ValidationError("The search text has no words (letters or digits).")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    /// Searches the store at `storePath` for `words` and prints at most `limit` hits.
    static func run(words: [String], limit: Int, storePath: String) throws {
        let text = words.joined(separator: " ")
        let results = try StoreOptions.with(path: storePath, readOnly: true) { store throws(StoreError) in
            try store.search(text, limit: limit)
        }
        Terminal.write(results.text)
    }
}
