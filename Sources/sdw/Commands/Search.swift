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

    func validate() throws {
        if SearchResults.ftsQuery(words.joined(separator: " ")) == nil {
            throw ValidationError("The search text has no words (letters or digits).")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    mutating func run() throws {
        let (text, limit) = (words.joined(separator: " "), self.limit)
        let results = try store.with(readOnly: true) { store throws(StoreError) in try store.search(text, limit: limit) }
        Terminal.write(results.text)
    }
}
