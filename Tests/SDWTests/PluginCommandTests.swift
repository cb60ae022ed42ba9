import Foundation
import Testing

/// The plugin, starter and configuration commands, run as the built binary, with their exact output.
@Suite(.serialized)
struct PluginCommandTests {
    static let repository = CLI.root
    static let binary = CLI.binary.path

    /// Runs a copy of the binary at `binary` from the root folder `/`.
    static func run(_ binary: String, _ arguments: [String]) throws -> CLI.Output {
        try CLI.capture(URL(fileURLWithPath: binary), arguments, in: URL(fileURLWithPath: "/"))
    }

    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdw-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func pluginsListsTheBuiltInAndAddedPlugins() throws {
        let output = try CLI.run(["plugins", "--plugins", "Examples/plugins"])
        #expect(output.status == 0)
        Snapshot.expect(output.stdout, named: "plugins")
    }

    @Test func pluginsShowDocumentsOnePluginInBulgarian() throws {
        let output = try CLI.run(["plugins", "show", "seniors", "--lang", "bg"])
        #expect(output.status == 0)
        Snapshot.expect(output.stdout, named: "plugins-show-seniors-bg")
        let unknown = try CLI.run(["plugins", "show", "senoirs"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: there is no plugin 'senoirs'; did you mean 'seniors'? (sdw plugins lists them)\n")
    }

    @Test func newWritesAStarterAndRefusesToOverwrite() throws {
        let folder = try Self.temporaryFolder()
        let first = try CLI.run(["new", "--plugin", "farmers", "--lang", "uk", "-o", "farmers.yaml"], in: URL(fileURLWithPath: folder))
        #expect(first.status == 0)
        Snapshot.expect(try String(contentsOfFile: folder + "/farmers.yaml", encoding: .utf8), named: "new-farmers-uk")
        let again = try CLI.run(["new", "--plugin", "farmers", "--lang", "uk", "-o", "farmers.yaml"], in: URL(fileURLWithPath: folder))
        #expect(again.status == 2)
        #expect(again.stderr == "error: farmers.yaml exists; use --force to overwrite it\n")
        #expect(try CLI.run(["new", "--plugin", "farmers", "-o", "farmers.yaml", "--force"], in: URL(fileURLWithPath: folder)).status == 0)
        let lint = try CLI.run(["lint", "farmers.yaml", "--quiet"], in: URL(fileURLWithPath: folder))
        #expect(lint.status == 0, "\(lint.stdout)")
    }

    /// A broken `.sdw.yml` reports every mistake in one run, unknown rule ids included.
    @Test func aBrokenConfigurationReportsAllItsMistakes() throws {
        let folder = try Self.temporaryFolder()
        try Data("langauge: bg\nrules:\n  no-such-rule: off\n  idle-partner: of\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/.sdw.yml"))
        let output = try CLI.run(["lint", "x.yaml"], in: URL(fileURLWithPath: folder))
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 3, "\(output.stderr)")
        #expect(lines.contains { $0.hasPrefix(".sdw.yml:1:1: error: unknown key 'langauge'") })
        #expect(lines.contains { $0.hasPrefix(".sdw.yml:3:17:") && $0.contains("no-such-rule") })
        #expect(lines.contains { $0.hasPrefix(".sdw.yml:4:17:") })
    }

    /// Without --lang, `sdw new` writes the starter in the language `.sdw.yml` gives.
    @Test func newFollowsTheLanguageOfTheConfiguration() throws {
        let folder = try Self.temporaryFolder()
        try Data("language: uk\n".utf8).write(to: URL(fileURLWithPath: folder + "/.sdw.yml"))
        let output = try CLI.run(["new", "--plugin", "seniors", "-o", "s.yaml"], in: URL(fileURLWithPath: folder))
        #expect(output.status == 0, "\(output.stderr)")
        let text = try String(contentsOfFile: folder + "/s.yaml", encoding: .utf8)
        #expect(text.contains("language: uk"))
        let english = try CLI.run(["new", "--plugin", "seniors", "--lang", "en", "-o", "e.yaml"], in: URL(fileURLWithPath: folder))
        #expect(english.status == 0)
        #expect(try String(contentsOfFile: folder + "/e.yaml", encoding: .utf8).contains("language: en"))
    }

    @Test func configShowsWhereEachValueComesFrom() throws {
        let folder = try Self.temporaryFolder()
        try Data("language: bg\nrules:\n  idle-partner: off\noverrides:\n  - files: [\"drafts/**\"]\n    rules: {unused-resource: info}\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/.sdw.yml"))
        let output = try CLI.run(["config", "--fail-on", "warning"], in: URL(fileURLWithPath: folder))
        #expect(output.status == 0)
        Snapshot.expect(output.stdout, named: "config")
        try Data("langauge: bg\n".utf8).write(to: URL(fileURLWithPath: folder + "/.sdw.yml"))
        let bad = try CLI.run(["lint", "x.yaml"], in: URL(fileURLWithPath: folder))
        #expect(bad.status == 2)
        #expect(bad.stderr == ".sdw.yml:1:1: error: unknown key 'langauge' in .sdw.yml; did you mean 'language'?\n")
    }

    @Test func aBrokenPluginIsAFindingAndTheLintGoesOn() throws {
        let folder = try Self.temporaryFolder()
        let plugin = folder + "/plugins/broken"
        try FileManager.default.createDirectory(atPath: plugin, withIntermediateDirectories: true)
        try Data("""
            id: broken
            version: 1.0.0
            name: {en: B, bg: Б, uk: Б, ru: Б}
            description: {en: B, bg: Б, uk: Б, ru: Б}
            keywords: {en: [b], bg: [б], uk: [б], ru: [б]}
            rules:
              - id: r
                message: {en: M, bg: М, uk: М, ru: М}
                expect: {pattern: "(x"}

            """.utf8).write(to: URL(fileURLWithPath: plugin + "/plugin.yaml"))
        let canvas = Self.repository.appendingPathComponent("Examples/velingrad-2012/seniors.yaml").path
        let output = try CLI.run(["lint", canvas, "--plugins", "plugins", "--lang", "en"], in: URL(fileURLWithPath: folder))
        #expect(output.status == 1)
        #expect(output.stdout == """
            \(canvas):72:1: info: nothing reaches seniors who cannot come to the library; consider delivery at home or orders by phone [seniors/home-delivery]
            plugins/broken/plugin.yaml:9:23: error: '(x' is not a valid regular expression: a '(' is not closed (character 3) [plugin-invalid]
            2 files, 1 error, 0 warnings, 1 info

            """)
    }

    @Test func builtInPluginsWorkWhenTheBinaryIsCopiedElsewhere() throws {
        let folder = try Self.temporaryFolder()
        let copy = folder + "/sdw"
        try FileManager.default.copyItem(atPath: Self.binary, toPath: copy)
        let output = try Self.run(copy, ["plugins"])
        #expect(output.status == 0)
        #expect(output.stdout == (try CLI.run(["plugins"])).stdout)
        #expect(output.stdout.contains("seniors"))
        let new = try Self.run(copy, ["new", "--plugin", "seniors", "--lang", "ru"])
        #expect(new.stdout.contains("language: ru"))
    }
}
