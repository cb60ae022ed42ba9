import CanvasRules
import Foundation
import Testing

/// `sdw lint` as a user runs it: output lines, summary, exit codes.
@Suite struct LintCommandTests {
    @Test func examplesHaveNoErrors() throws {
        let output = try CLI.run(["lint", "Examples/velingrad-2012", "Examples/cherkasy", "Examples/kazakhstan"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains(" 0 errors"))
    }

    /// The README's "A canvas in short" is a valid canvas (its Cyrillic values once made the
    /// YAML checks misplace the flow list continued on a second line).
    @Test func theReadmeCanvasInShortHasNoErrors() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## A canvas in short"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
        let canvas = String(readme[start.upperBound..<end.lowerBound])
        let output = try CLI.run(["lint", "-"], input: canvas)
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.contains(" 0 errors"), "\(output.stdout)")
    }

    /// The README's canvas names the schema file that the README's `sdw schema -o FILE` writes.
    @Test func theReadmeCanvasNamesTheSchemaFileSdwSchemaWrites() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = try #require(readme.range(of: "sdw schema -o "))
        let file = readme[command.upperBound...].prefix { !$0.isWhitespace && $0 != "`" }
        let section = try #require(readme.range(of: "## A canvas in short"))
        let comment = try #require(readme.range(of: "$schema=", range: section.upperBound..<readme.endIndex))
        let named = readme[comment.upperBound...].prefix { !$0.isWhitespace }
        #expect(named == "./" + file)
    }

    /// "sdw lint Examples/invalid checks one canvas per core rule": one file per rule that is not a plugin's
    /// and checks one file (the rules across files need several files; `sdw rules ID` shows their examples).
    @Test func examplesInvalidHoldsOneCanvasPerCoreRule() throws {
        let acrossFiles = Set(RuleRegistry.workshop.map { $0.description.id })
        let rules = try CLI.run(["rules"]).stdout.split(separator: "\n")
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { !$0.contains("/") && !acrossFiles.contains($0) }
        let files = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Examples/invalid").path)
            .filter { $0.hasSuffix(".yaml") }.map { $0 == "invalid.yaml" ? "invalid-yaml" : String($0.dropLast(5)) }
        #expect(Set(rules) == Set(files))
        #expect(rules.count == files.count)
    }

    /// A folder without canvases is a wrong path in CI, not a pass, unless --allow-empty says it is expected.
    @Test func aFolderWithoutCanvasesIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.createDirectory(at: workspace.directory.appendingPathComponent("empty/sub"),
                                                withIntermediateDirectories: true)
        let output = try CLI.run(["lint", "empty"], in: workspace.directory)
        #expect(output.status == 2)
        #expect(output.stderr.contains("no canvases (*.yaml, *.yml) found under empty"), "\(output.stderr)")
        let allowed = try CLI.run(["lint", "empty", "--allow-empty"], in: workspace.directory)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("0 files"))
    }

    /// A device that never ends is read up to the limit and reported as larger than it.
    @Test func anEndlessDeviceIsLargerThanTheLimit() throws {
        let output = try CLI.run(["lint", "/dev/zero"])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("/dev/zero: error: the file is larger than 4 MiB, the limit for one canvas [invalid-yaml]"),
                "\(output.stdout)")
    }

    @Test func everyInvalidExampleShowsItsRule() throws {
        let directory = CLI.root.appendingPathComponent("Examples/invalid")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 29)
        for file in files {
            let rule = String(file.dropLast(5))
            let output = try CLI.run(["lint", "Examples/invalid/\(file)", "--fail-on", "info"])
            #expect(output.stdout.contains("[\(rule)]"), "\(file): \(output.stdout)")
            #expect(output.status == 1)
        }
    }

    @Test func findingLinesHaveFileLineColumnSeverityMessageAndRule() throws {
        let output = try CLI.run(["lint", "Examples/invalid/unknown-key.yaml"])
        #expect(output.stdout == """
            Examples/invalid/unknown-key.yaml:10:1: info: това прилича на диаграма за seniors; добавете `plugin: seniors`, за да се приложат правилата ѝ [plugin-suggestion]
            Examples/invalid/unknown-key.yaml:12:3: error: непознат ключ 'sise' в целевата група; може би 'size'? [unknown-key]
            1 file, 1 error, 0 warnings, 1 info

            """)
        #expect(output.status == 1)
    }

    @Test func exitCodesFollowTheFailingSeverity() throws {
        let warningOnly = "Examples/invalid/partner-without-benefit.yaml"
        #expect(try CLI.run(["lint", warningOnly]).status == 0)
        #expect(try CLI.run(["lint", warningOnly, "--fail-on", "warning"]).status == 1)
        #expect(try CLI.run(["lint", warningOnly, "--fail-on", "error"]).status == 0)
        let infoOnly = "Examples/invalid/unused-resource.yaml"
        #expect(try CLI.run(["lint", infoOnly, "--fail-on", "warning"]).status == 0)
        #expect(try CLI.run(["lint", infoOnly, "--fail-on", "info"]).status == 1)
    }

    @Test func usageAndIOErrorsExitWithTwo() throws {
        let missing = try CLI.run(["lint", "no/such/file.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/file.yaml: error: no such file"))
        #expect(try CLI.run(["lint", "Examples", "--fail-on", "fatal"]).status == 2)
        #expect(try CLI.run(["lint"]).status == 2)
    }

    @Test func quietPrintsErrorsOnly() throws {
        let output = try CLI.run(["lint", "--quiet", "Examples/invalid/unknown-reference.yaml"])
        #expect(output.stdout.split(separator: "\n").count == 1)
        #expect(output.stdout.contains("[unknown-reference]"))
    }

    @Test func standardInputIsNamedDash() throws {
        let output = try CLI.run(["lint", "-"], input: "format: 1\nid: x\ntitel: y\n")
        #expect(output.stdout.contains("-:3:1: error: unknown key 'titel'"))
        #expect(output.status == 1)
    }

    @Test func colourOnlyWhenAskedForByATerminal() throws {
        let output = try CLI.run(["lint", "Examples/invalid/unknown-key.yaml"], environment: ["NO_COLOR": ""])
        #expect(!output.stdout.contains("\u{1B}["), "not a terminal: no escape codes")
    }
}
