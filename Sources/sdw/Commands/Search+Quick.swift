import CanvasStore

extension Search {
    /// `sdw search` read from plain arguments, without ArgumentParser.
    ///
    /// ArgumentParser's parse costs about 4 ms of CPU on its first use in a process (reflection,
    /// generic metadata and protocol-conformance scans over the whole static binary, and the
    /// completion-script check), a fifth of a typical search. ``init(arguments:)`` takes only the
    /// common, unambiguous form: `search` followed by words and at most one `--db FILE` and one
    /// `--limit N` (also `--db=FILE`, `--limit=N`), valid as ``Search/validate(words:limit:)``
    /// checks. For anything else, such as `--help`, `--`, a word starting with `-`, a repeated
    /// option or a bad limit, it is `nil`, and ArgumentParser gives the result or error it always gives.
    struct Quick: Equatable {
        /// The words to search for.
        var words: [String]
        /// The `--db` value, if given.
        var db: String?
        /// The `--limit` value, or the default.
        var limit: Int

        /// Reads `arguments` (the command line without the program name), or `nil` to leave them to ArgumentParser.
        init?(arguments: [String]) {
            guard arguments.first == Search.configuration.commandName else { return nil }
            var words: [String] = []
            var db: String?
            var limit: Int?
            var rest = arguments.dropFirst()[...]
            while let argument = rest.popFirst() {
                guard argument.hasPrefix("-") else {
                    if argument == "help" { return nil }
                    words.append(argument)
                    continue
                }
                var name = Substring(argument)
                var value: String?
                if let equals = argument.firstIndex(of: "=") {
                    name = argument[..<equals]
                    value = String(argument[argument.index(after: equals)...])
                } else if let next = rest.first, !next.hasPrefix("-") {
                    value = rest.removeFirst()
                }
                guard let value, !value.isEmpty else { return nil }
                switch name {
                case "--db" where db == nil:
                    db = value
                case "--limit" where limit == nil:
                    guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value) else { return nil }
                    limit = number
                default:
                    return nil
                }
            }
            self.init(words: words, db: db, limit: limit ?? Search.defaultLimit)
            do { try Search.validate(words: words, limit: self.limit) } catch { return nil }
        }

        init(words: [String], db: String?, limit: Int) {
            self.words = words
            self.db = db
            self.limit = limit
        }

        /// Searches and prints the hits, as ``Search/run()`` does.
        func run() throws {
            try Search.run(words: words, limit: limit, storePath: StoreLocation.resolve(explicit: db))
        }
    }
}
