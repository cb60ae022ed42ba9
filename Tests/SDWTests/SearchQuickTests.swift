import ArgumentParser
import Testing

@testable import sdw

/// `sdw search` read without ArgumentParser: the same values as ArgumentParser reads, or left to it.
@Suite struct SearchQuickTests {
    @Test(arguments: [
        ["search", "безработни"],
        ["search", "центр", "зайнятості", "--db", "/tmp/store.sqlite"],
        ["search", "--limit", "5", "ПЕНСИОНЕР"],
        ["search", "--db=/tmp/store.sqlite", "--limit=3", "library", "courses"],
        ["search", "--db", "/tmp/store.sqlite", "дневен", "--limit", "200", "център"],
    ])
    func readsWhatArgumentParserReads(arguments: [String]) throws {
        let quick = try #require(Search.Quick(arguments: arguments))
        let parsed = try #require(try SDW.parseAsRoot(arguments) as? Search)
        #expect(quick == Search.Quick(words: parsed.words, db: parsed.store.db, limit: parsed.limit))
    }

    @Test(arguments: [
        ["search"], ["search", "--help"], ["search", "-h"], ["search", "word", "-x"], ["search", "--", "-word"],
        ["search", "word", "--limit", "0"], ["search", "word", "--limit", "x"], ["search", "word", "--limit", "+5"],
        ["search", "word", "--limit", "٣"], ["search", "word", "--limit"], ["search", "word", "--db"],
        ["search", "word", "--db="], ["search", "word", "--db", "a", "--db", "b"], ["search", "word", "--limit=1", "--limit=2"],
        ["search", "!!"], ["search", "help"], ["search", "word", "--other", "x"], ["lint", "word"], ["--db", "x", "search", "word"], [],
    ])
    func leavesAnythingElseToArgumentParser(arguments: [String]) {
        #expect(Search.Quick(arguments: arguments) == nil)
    }

    @Test func errorsStillComeFromArgumentParser() throws {
        let output = try CLI.run(["search", "word", "--limit", "0"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--limit must be at least 1."))
    }
}
