import Foundation
import Testing

/// The exact text of the store commands, run as the built `sdw` on the examples.
@Suite struct CommandTests {
    let folder: String
    let db: String

    init() throws {
        folder = try TestSupport.temporaryFolder()
        db = folder + "/store.sqlite"
    }

    /// Runs `sdw` with `--db` and checks the status, then the snapshot of standard output and error.
    private func snapshot(_ name: String, _ arguments: [String], status: Int32 = 0,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try TestSupport.run(arguments + ["--db", db])
        #expect(run.status == status, "stderr: \(run.stderr)", sourceLocation: sourceLocation)
        let text = run.stdout + (run.stderr.isEmpty ? "" : "--- stderr\n" + run.stderr)
        try Snapshot.check(text, named: name, replacing: folder, sourceLocation: sourceLocation)
    }

    /// Stores the examples, then a second revision of `seniors-online`.
    private func populate() throws {
        #expect(try TestSupport.run(["add", TestSupport.examples, "-m", "import", "--db", db]).status == 0)
        let original = try String(contentsOfFile: TestSupport.examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
        let edited = original
            .replacingOccurrences(of: "  - id: health-info\n", with: "  - id: delivery\n    text: Доставка по домовете\n  - id: health-info\n")
            .replacingOccurrences(of: "status: proposed", with: "status: approved")
            .replacingOccurrences(of: "name: Медии", with: "name: Местни медии")
        try edited.write(toFile: folder + "/seniors.yaml", atomically: true, encoding: .utf8)
        #expect(try TestSupport.run(["add", folder + "/seniors.yaml", "-m", "after the survey", "--db", db]).status == 0)
    }

    @Test func add() throws {
        try snapshot("add-examples", ["add", TestSupport.examples])
        try snapshot("add-again", ["add", TestSupport.examples])
        try "format: 1\nid: bare\ntitle: Bare\n".write(toFile: folder + "/bare.yaml", atomically: true, encoding: .utf8)
        try snapshot("add-refused", ["add", folder + "/bare.yaml"], status: 1)
    }

    @Test func listShowHistoryDiff() throws {
        try populate()
        try snapshot("list", ["list"])
        try snapshot("list-seniors", ["list", "--plugin", "seniors", "--status", "approved"])
        try snapshot("show", ["show", "seniors-online"])
        try snapshot("history", ["history", "seniors-online"])
        try snapshot("diff", ["diff", "seniors-online"])
        try snapshot("show-missing", ["show", "no-such-canvas"], status: 2)
    }

    @Test func searchStatsRmExport() throws {
        try populate()
        try snapshot("search", ["search", "ПЕНСИОНЕР", "--limit", "5"])
        try snapshot("stats", ["stats", "--top", "3"])
        try snapshot("rm", ["rm", "seniors-online"])
        try snapshot("list-after-rm", ["list", "--plugin", "seniors"])
        try snapshot("rm-undo", ["rm", "--undo", "seniors-online"])
        try snapshot("export-all", ["export", "--all", folder + "/out"])
        let run = try TestSupport.run(["export", "seniors-online", "--rev", "1", "--db", db])
        let original = try String(contentsOfFile: TestSupport.examples + "/velingrad-2012/seniors.yaml", encoding: .utf8)
        #expect(run.stdout == original)
    }
}
