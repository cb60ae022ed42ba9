import Foundation
import Testing

/// `--format`: several formats in one run, each to its own file, one to standard output.
@Suite struct FormatOptionTests {
    @Test func severalFormatsInOneRun() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("mixed.yaml"), to: "canvases/mixed.yaml")
        let outcome = try sdw.sdw("lint", "canvases", "--format", "sarif:out.sarif", "--format", "github",
                                  "--format", "json:out.json", "--format", "junit:out.xml", "--format", "checkstyle:cs.xml",
                                  "--format", "text:out.txt")
        #expect(outcome.status == 1)
        let commands = outcome.stdout.split(separator: "\n")
        #expect(commands.count == 9)
        #expect(commands.allSatisfy { $0.hasPrefix("::error file=canvases/mixed.yaml,") || $0.hasPrefix("::warning ")
            || $0.hasPrefix("::notice ") })
        let sarif = try JSONSerialization.jsonObject(with: Data(try sdw.read("out.sarif").utf8)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        let json = try JSONSerialization.jsonObject(with: Data(try sdw.read("out.json").utf8)) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        #expect(try sdw.read("out.xml").contains("<testsuite name=\"canvases/mixed.yaml\" tests=\"4\" failures=\"4\""))
        #expect(try sdw.read("cs.xml").contains("source=\"sdw.unknown-reference\""))
        let text = try sdw.read("out.txt")
        #expect(text.hasSuffix("1 file, 4 errors, 3 warnings, 2 infos\n"))
        #expect(!text.contains("\u{1B}["), "text written to a file has no colour")
    }

    @Test func versionInSarifIsTheToolsOwn() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "clean.yaml")
        let version = try sdw.sdw("--version").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let outcome = try sdw.sdw("lint", "clean.yaml", "--format", "sarif")
        #expect(outcome.status == 0)
        #expect(!version.isEmpty)
        #expect(outcome.stdout.contains("\"version\": \"\(version)\""))
        #expect(outcome.stdout.contains("\"name\": \"sdw\""))
    }

    @Test func formatToDashIsStandardOutput() throws {
        let sdw = try Workspace()
        defer { sdw.cleanUp() }
        try sdw.write(try Workspace.fixture("clean.yaml"), to: "clean.yaml")
        let outcome = try sdw.sdw("lint", "clean.yaml", "--format", "checkstyle:-")
        #expect(outcome.stdout.hasPrefix("<?xml"))
    }
}
