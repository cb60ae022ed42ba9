import Foundation
import Testing

/// sdw's three exit statuses, 0, 1 and 2, and `--fail-on`, on the built binary.
@Suite struct ExitCodeTests {
    /// The clean fixture with one partner's benefit removed: a warning and nothing else.
    static func warningsOnly() throws -> String {
        try SDWProcess.fixture("clean.yaml").replacingOccurrences(of: "    benefit: Better homework\n", with: "")
    }

    /// The clean fixture with a resource no activity uses: an info and nothing else.
    static func infosOnly() throws -> String {
        try SDWProcess.fixture("clean.yaml").replacingOccurrences(
            of: "\npartners:", with: "  - id: chairs\n    item: Chairs\n    kind: equipment\n\npartners:")
    }

    @Test func cleanCanvasExitsZero() throws {
        let sdw = try SDWProcess()
        defer { sdw.cleanUp() }
        try sdw.write(try SDWProcess.fixture("clean.yaml"), to: "clean.yaml")
        let outcome = try sdw.sdw("lint", "clean.yaml")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "1 file, 0 errors, 0 warnings, 0 infos\n")
    }

    @Test func errorsExitOne() throws {
        let sdw = try SDWProcess()
        defer { sdw.cleanUp() }
        try sdw.write(try SDWProcess.fixture("mixed.yaml"), to: "mixed.yaml")
        #expect(try sdw.sdw("lint", "mixed.yaml").status == 1)
    }

    @Test(arguments: [
        ("warnings", "error", Int32(0)), ("warnings", "warning", 1), ("warnings", "info", 1),
        ("infos", "error", 0), ("infos", "warning", 0), ("infos", "info", 1),
    ])
    func failOnChoosesTheFailingSeverity(_ kind: String, _ failOn: String, _ status: Int32) throws {
        let sdw = try SDWProcess()
        defer { sdw.cleanUp() }
        try sdw.write(kind == "warnings" ? try Self.warningsOnly() : try Self.infosOnly(), to: "canvas.yaml")
        let outcome = try sdw.sdw("lint", "canvas.yaml", "--fail-on", failOn)
        #expect(outcome.stdout.contains(kind == "warnings" ? "1 warning," : "1 info\n"))
        #expect(outcome.status == status, "\(outcome.stdout)")
    }

    @Test(arguments: [
        (["lint", "clean.yaml", "--format", "yaml"], "unknown format 'yaml'"),
        (["lint", "clean.yaml", "--format", "json", "--format", "sarif"], "only one format can go to standard output"),
        (["lint", "clean.yaml", "--format", "json:a.json", "--format", "sarif:a.json"], "two formats are written to a.json"),
        (["lint", "clean.yaml", "--format", "sarif:"], "names no file"),
        (["lint", "clean.yaml", "--format", "json:no/such/dir/out.json"], "cannot write no/such/dir/out.json: no such directory"),
        (["lint", "clean.yaml", "--fail-on", "fatal"], "fail-on"),
        (["lint", "missing.yaml"], "missing.yaml: error: no such file"),
        (["lint", "clean.yaml", "--baseline", "absent.json"], "cannot read the baseline absent.json: no such file"),
        (["lint", "clean.yaml", "--baseline", "clean.yaml"], "clean.yaml is not an sdw baseline"),
        (["lint", "clean.yaml", "--baseline", "b.json", "--write-baseline", "b.json"], "exclude each other"),
        (["lint", "clean.yaml", "--write-baseline", "no/such/dir/b.json"], "cannot write the baseline no/such/dir/b.json"),
    ])
    func badInputExitsTwoWithAMessage(_ arguments: [String], _ message: String) throws {
        let sdw = try SDWProcess()
        defer { sdw.cleanUp() }
        try sdw.write(try SDWProcess.fixture("clean.yaml"), to: "clean.yaml")
        let outcome = try sdw.sdw(arguments: arguments)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("Fatal error"))
    }

    @Test func unwritableOutputStillWritesTheOthers() throws {
        let sdw = try SDWProcess()
        defer { sdw.cleanUp() }
        try sdw.write(try SDWProcess.fixture("clean.yaml"), to: "clean.yaml")
        let outcome = try sdw.sdw("lint", "clean.yaml", "--format", "json:missing-dir/x.json", "--format", "sarif:out.sarif")
        #expect(outcome.status == 2)
        #expect(try sdw.read("out.sarif").contains("\"version\": \"2.1.0\""))
    }
}
