import Foundation
import Testing

/// Bad output, baseline and option input: a clear message and exit status 2, never a crash.
@Suite struct BadInputTests {
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
        (["lint", "clean.yaml", "--write-baseline", "b.json", "--changed-since", "HEAD"], "cannot be combined with --changed-since"),
        (["lint", "clean.yaml", "--write-baseline", "no/such/dir/b.json"], "cannot write the baseline no/such/dir/b.json"),
        // An argument that is no option is never read as `-h` (help, exit 0): a broken canvas must not pass CI.
        (["lint", "-h.yaml"], "'-h.yaml' is not an option; write a file whose name starts with '-' as ./-h.yaml"),
        (["lint", "clean.yaml", "-hq"], "'-hq' is not an option"),
        (["help", "frob"], "'frob' is not an sdw command (sdw --help lists them)"),
        (["lnt", "clean.yaml"], "'lnt' is not an sdw command; did you mean 'lint'?"),
        (["lint", "clean.yaml", "--lang", "ua"], "'ua' is not a language for --lang: use bg, uk, ru, en; did you mean 'uk'?"),
        (["report", "clean.yaml", "--lang=rus"], "did you mean 'ru'?"),
    ])
    func badInputExitsTwoWithAMessage(_ arguments: [String], _ message: String) throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "clean.yaml")
        let outcome = try sdw.sdw(arguments: arguments)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("Fatal error"))
    }

    /// A file whose name starts with `-` is linted when written as a path, or after `--`.
    @Test func aFileNamedLikeAnOptionIsLintedAsAPath() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write("format: 1\nid: x\n", to: "-h.yaml")
        for arguments in [["lint", "./-h.yaml"], ["lint", "--", "-h.yaml"]] {
            let outcome = try sdw.sdw(arguments: arguments)
            #expect(outcome.status == 1, "\(arguments): \(outcome.stdout)\(outcome.stderr)")
            #expect(outcome.stdout.contains("-h.yaml:1:1: error:"), "\(outcome.stdout)")
        }
    }

    @Test func unwritableOutputStillWritesTheOthers() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "clean.yaml")
        let outcome = try sdw.sdw("lint", "clean.yaml", "--format", "json:missing-dir/x.json", "--format", "sarif:out.sarif")
        #expect(outcome.status == 2)
        #expect(try sdw.read("out.sarif").contains("\"version\": \"2.1.0\""))
    }
}
