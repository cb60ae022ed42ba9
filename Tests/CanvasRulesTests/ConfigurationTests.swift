import CanvasKit
import Foundation
import Testing
@testable import CanvasRules

/// `.sdw.yml`: reading, mistakes with positions, severities by glob, and where values come from.
struct ConfigurationTests {
    static func parse(_ text: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationLoader.parse(text, file: ".sdw.yml", base: "/repo")
    }

    @Test func readsEverySetting() throws {
        let c = try Self.parse("""
            language: bg
            fail_on: warning
            plugins: [more-plugins]
            rules:
              idle-partner: off
              unused-resource: info
            overrides:
              - files: ["archive/**"]
                rules: {unanswered-need: off}

            """)
        #expect(c.language.value == .bg)
        #expect(c.language.source == .file(".sdw.yml", SourceLocation(line: 1, column: 11)))
        #expect(c.failOn.value == .warning)
        #expect(c.pluginFolders.map(\.value) == ["/repo/more-plugins"])
        #expect(c.rules.map { "\($0.id)=\($0.severity.value?.rawValue ?? "off")" } == ["idle-partner=off", "unused-resource=info"])
        #expect(c.severityOverrides.first?.severities.keys.sorted() == ["unanswered-need"])
        #expect(c.overrides.first?.files == ["archive/**"])
    }

    @Test(arguments: [
        ("langauge: bg\n", ".sdw.yml:1:1: error: unknown key 'langauge' in .sdw.yml; did you mean 'language'?"),
        ("fail-on: warning\n", ".sdw.yml:1:1: error: unknown key 'fail-on' in .sdw.yml; did you mean 'fail_on'?"),
        ("rules:\n  idle-partner: of\n", ".sdw.yml:2:17: error: 'of' is not a valid severity; did you mean 'off'?"),
        ("language: de\n", ".sdw.yml:1:11: error: 'de' is not a valid language; allowed: bg, uk, ru, en"),
        ("rules: [idle-partner]\n", ".sdw.yml:1:8: error: 'rules' should be a mapping of rule ids to severities"),
    ])
    func mistakesAreErrorsWithPositions(text: String, expected: String) {
        #expect(throws: ConfigurationError.self) { try Self.parse(text) }
        do {
            _ = try Self.parse(text)
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func unknownRuleIDsAreReportedWithTheNearestOne() throws {
        let folder = try Self.temporaryFolder(config: "rules:\n  idle-partnr: off\n")
        do {
            _ = try LintSetup.load(LintSetup.Options(currentDirectory: folder))
            Issue.record("an unknown rule id was accepted")
        } catch {
            #expect(error.description == ".sdw.yml:2:16: error: 'idle-partnr' is not a valid rule id; did you mean 'idle-partner'?")
        }
    }

    @Test func configurationIsFoundInAParentAndCommandLineWins() throws {
        let folder = try Self.temporaryFolder(config: "language: uk\nfail_on: info\n")
        let child = folder + "/canvases"
        try FileManager.default.createDirectory(atPath: child, withIntermediateDirectories: true)
        let setup = try LintSetup.load(LintSetup.Options(failOn: .error, currentDirectory: child))
        #expect(setup.configuration.language.value == .uk)
        #expect(setup.configuration.failOn.value == .error)
        #expect(setup.configuration.failOn.source == .commandLine("--fail-on"))
        #expect(setup.configuration.file?.hasSuffix("/.sdw.yml") == true)
    }

    @Test func severityChangesForTheFilesAGlobMatches() throws {
        let c = try Self.parse("rules:\n  idle-partner: error\noverrides:\n  - files: [\"drafts/*.yaml\"]\n    rules: {idle-partner: off}\n")
        let linter = Linter(rules: [IdlePartner()], severities: c.severities, overrides: c.severityOverrides,
                            currentDirectory: "/repo")
        let canvas = Array("partners:\n  - id: club\n    name: Club\n".utf8)
        #expect(linter.lint(canvas, path: "drafts/a.yaml").isEmpty)
        #expect(linter.lint(canvas, path: "final/a.yaml").map(\.severity) == [.error])
        #expect(linter.lint(canvas, path: "drafts/old/a.yaml").map(\.severity) == [.error])
    }

    @Test(arguments: [("drafts/*.yaml", "drafts/a.yaml", true), ("drafts/*.yaml", "drafts/x/a.yaml", false),
                      ("**/a.yaml", "a.yaml", true), ("**/a.yaml", "x/y/a.yaml", true), ("x/**", "x/y/z.yaml", true),
                      ("?.yaml", "ab.yaml", false)])
    func globs(pattern: String, path: String, expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }

    static func temporaryFolder(config: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(config.utf8).write(to: URL(fileURLWithPath: folder + "/.sdw.yml"))
        return folder
    }
}
