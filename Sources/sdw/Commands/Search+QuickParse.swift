import ArgumentParser

extension Search {
    /// `sdw search` read from plain arguments without ArgumentParser's parse, or `nil` to parse
    /// them with ArgumentParser as every other command is.
    ///
    /// ArgumentParser's parse costs about 4 ms of CPU on its first use in a process (reflection,
    /// generic metadata and protocol-conformance scans over the whole static binary, and the
    /// completion-script check), a fifth of a typical search. Only the common, unambiguous form
    /// is taken here: `search` followed by words and at most one `--db FILE` and one `--limit N`
    /// (also `--db=FILE`, `--limit=N`), valid as ``validate()`` checks. Anything else, such as
    /// `--help`, `--`, a word starting with `-`, a repeated option or a bad limit, returns `nil`,
    /// so ArgumentParser gives the same result or error it always gives.
    ///
    /// - Parameter arguments: the command line without the program name.
    static func quickParse(_ arguments: [String]) -> Search? {
        guard arguments.first == commandName else { return nil }
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
                guard value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber), let number = Int(value) else { return nil }
                limit = number
            default:
                return nil
            }
        }
        var search = Search()
        search.store = StoreOptions()
        search.store.db = db
        search.words = words
        search.limit = limit ?? defaultLimit
        do { try search.validate() } catch { return nil }
        return search
    }

    /// The name `sdw search` is called by.
    private static var commandName: String { configuration.commandName ?? "search" }
}
