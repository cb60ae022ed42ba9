import CanvasKit
import Foundation
import Testing
@testable import CanvasRules

/// Mistakes in plugin files are reported with the file's line and column and stop nothing else.
struct PluginFileProblemsTests {
    static let manifest = """
        id: demo
        version: 1.0.0
        name: {en: Demo, bg: Демо, uk: Демо, ru: Демо}
        description: {en: Demo, bg: Демо, uk: Демо, ru: Демо}
        keywords: {en: [demo], bg: [демо], uk: [демо], ru: [демо]}
        rules: rules.yaml

        """

    static func read(_ rules: String) -> (Plugin?, [String]) {
        let (plugin, problems) = PluginReader.read(files: ["plugin.yaml": manifest, "rules.yaml": rules],
                                                   folder: "demo", origin: .directory("demo"))
        return (plugin, problems.map(\.description))
    }

    static let message = "message: {en: Bad, bg: Лошо, uk: Погано, ru: Плохо}"

    @Test func unknownFunctionIsReportedWithASuggestionAndTheOtherRulesLoad() {
        let (plugin, problems) = Self.read("""
            rules:
              - id: broken
                \(Self.message)
                expect: {some: {in: partners, where: {matchs: [club]}}}
              - id: fine
                \(Self.message)
                expect: {some: partners}

            """)
        #expect(problems == ["demo/rules.yaml:4:43: 'matchs' is not a valid check function; did you mean 'matches'?"])
        #expect(plugin?.rules.map(\.description.id) == ["demo/fine"])
    }

    @Test(arguments: [
        ("expect: {pattern: \"([a-z\"}", "demo/rules.yaml:4:23: '([a-z' is not a valid regular expression: a '[' is not closed (character 6)"),
        ("expect: {pattern: \"(a)\\\\1\"}", "demo/rules.yaml:4:23: '(a)\\1' uses the escape \\1 (back-references, \\p{…}, \\Q…\\E and others), which plugin patterns do not support (they must match in bounded time)"),
        ("expect: {pattern: \"(?=a)b\"}", "demo/rules.yaml:4:23: '(?=a)b' uses look-ahead and look-behind ((?=…), (?!…), (?<=…), (?<!…)), which plugin patterns do not support (they must match in bounded time)"),
        ("expect: {pattern: \"((a{40}){40})\"}", "demo/rules.yaml:4:23: '((a{40}){40})' is too large: a plugin pattern may have at most 1000 steps once counted repeats such as {100} are written out"),
        ("expect: {some: {in: partner}}", "demo/rules.yaml:4:25: 'partner' is not a valid part; did you mean 'partners'?"),
        ("each: activities\n    expect: {in_months: [13]}", "demo/rules.yaml:5:26: '13' is not a month: write 1 to 12, or a range such as 5..9"),
        ("expect: {present: responsible}", "demo/rules.yaml:4:23: 'responsible' is a field of an item; on the canvas as a whole name a part, e.g. 'partners.responsible'"),
        ("each: partners\n    expect: {present: nam}", "demo/rules.yaml:5:23: 'nam' is not a valid field of partners; did you mean 'name'?"),
        ("expect: {in_months: [5]}", "demo/rules.yaml:4:14: 'in_months' checks activities; use it where those are checked ('each', or 'where' of some, none, every, count)"),
        ("expect: {matches: [\"\"]}", "demo/rules.yaml:4:24: a keyword is empty; write at least one letter"),
    ])
    func badCheck(check: String, expected: String) {
        let (plugin, problems) = Self.read("rules:\n  - id: r\n    \(Self.message)\n    \(check)\n")
        #expect(problems == [expected])
        #expect(plugin?.rules.isEmpty == true)
    }

    @Test func missingMessageAndMissingLanguageAreReported() {
        let (_, problems) = Self.read("""
            rules:
              - id: a
                expect: {some: partners}
              - id: b
                message: {en: Only English}
                expect: {some: partners}

            """)
        #expect(problems == [
            "demo/rules.yaml:2:5: this rule has no 'message'",
            "demo/rules.yaml:5:14: 'message' has no 'bg' text; give it in en, bg, uk and ru",
            "demo/rules.yaml:5:14: 'message' has no 'uk' text; give it in en, bg, uk and ru",
            "demo/rules.yaml:5:14: 'message' has no 'ru' text; give it in en, bg, uk and ru",
        ])
    }

    @Test func aBrokenPluginBecomesFindingsAndTheRunGoesOn() {
        var catalog = PluginCatalog()
        catalog.add(files: ["plugin.yaml": Self.manifest, "rules.yaml": "rules:\n  - id: x\n    severity: fatal\n"],
                    folder: "demo", origin: .directory("demo"))
        let findings = catalog.problems.map { $0.finding() }
        #expect(findings.map(\.ruleID) == [FileProblem.ruleID, FileProblem.ruleID, FileProblem.ruleID])
        #expect(findings.first?.location == SourceLocation(line: 2, column: 5))
        #expect(catalog.plugin(id: "seniors") != nil)
        #expect(catalog.plugin(id: "demo")?.rules.isEmpty == true)
    }

    @Test func syntaxErrorInTheManifestSkipsOnlyThatPlugin() {
        var catalog = PluginCatalog()
        catalog.add(files: ["plugin.yaml": "id: [demo\n"], folder: "demo", origin: .directory("demo"))
        #expect(catalog.problems.count == 1)
        #expect(catalog.problems.first?.file == "demo/plugin.yaml")
        #expect(catalog.plugins.count == 4)
    }
}

/// Plugin files on disk: only regular files are read (a FIFO cannot hang the run), each file that
/// cannot be read says why, and a rules file outside the plugin folder is named as such.
struct PluginFolderFilesTests {
    static func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-plugin-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        return path
    }

    static func problems(_ path: String) throws -> [String] {
        var catalog = PluginCatalog(builtIn: false)
        try catalog.add(directory: path)
        return catalog.problems.map(\.description).map { $0.replacingOccurrences(of: path + "/", with: "") }
    }

    static let manifest = PluginFileProblemsTests.manifest

    @Test func aFIFOAsTheRulesFileIsRefusedWithoutBlocking() throws {
        let path = try Self.folder(["plugin.yaml": Self.manifest])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(mkfifo(path + "/rules.yaml", 0o600) == 0)
        #expect(try Self.problems(path) == [
            "plugin.yaml:6:8: the file 'rules.yaml' cannot be read: it is not a regular file (a FIFO, device or socket); only regular files are read",
        ])
    }

    @Test func aFIFOAsTheManifestIsRefusedWithoutBlocking() throws {
        let path = try Self.folder([:])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(mkfifo(path + "/plugin.yaml", 0o600) == 0)
        #expect(try Self.problems(path) == [
            "plugin.yaml: the file '\(path)/plugin.yaml' cannot be read: it is not a regular file (a FIFO, device or socket); only regular files are read",
        ].map { $0.replacingOccurrences(of: path + "/", with: "") })
    }

    @Test func aRulesFileOverTheLimitSaysSo() throws {
        let path = try Self.folder(["plugin.yaml": Self.manifest,
                                    "rules.yaml": "# " + String(repeating: "x", count: 4 << 20) + "\n"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.problems(path) == [
            "plugin.yaml:6:8: the file 'rules.yaml' cannot be read: it is larger than 4 MiB, the limit for a plugin file",
        ])
    }

    @Test(arguments: ["/etc/passwd", "../other/rules.yaml", "sub/rules.yaml", "rules.txt"])
    func aRulesFileOutsideTheFolderIsNamedAsSuch(name: String) throws {
        let manifest = Self.manifest.replacingOccurrences(of: "rules: rules.yaml", with: "rules: \(name)")
        let path = try Self.folder(["plugin.yaml": manifest])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.problems(path) == [
            "plugin.yaml:6:8: '\(name)' is not a file of the plugin folder: a rules or starter file is a .yaml file directly inside it, named without a folder (e.g. rules.yaml)",
        ])
    }

    @Test func aMissingRulesFileStillSaysItDoesNotExist() throws {
        let path = try Self.folder(["plugin.yaml": Self.manifest])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.problems(path) == ["plugin.yaml:6:8: the file 'rules.yaml' does not exist"])
    }
}
