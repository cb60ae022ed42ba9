import CanvasKit
import Foundation
import Testing
@testable import CanvasRules

/// Plugins from folders: the shipped roma-youth example loads and fires, a folder plugin replaces a
/// built-in one with a notice, and `plugin:` is checked and suggested.
struct PluginCatalogTests {
    static let examples = EmbeddedPluginsTests.repository.appendingPathComponent("Examples")

    static func catalogWithExamples() throws -> PluginCatalog {
        var catalog = PluginCatalog()
        try catalog.add(directory: examples.appendingPathComponent("plugins").path)
        return catalog
    }

    static func romaCanvas(plugin: Bool) throws -> String {
        let text = try String(contentsOf: examples.appendingPathComponent("velingrad-2012/roma-youth.yaml"), encoding: .utf8)
        return plugin ? text.replacingOccurrences(of: "\nlanguage: bg\n", with: "\nlanguage: bg\nplugin: roma-youth\n") : text
    }

    @Test func romaYouthLoadsFromFilesAndFires() throws {
        let catalog = try Self.catalogWithExamples()
        let plugin = try #require(catalog.plugin(id: "roma-youth"))
        #expect(catalog.problems.isEmpty)
        #expect(plugin.rules.count == 4)
        #expect(plugin.origin == .directory(Self.examples.appendingPathComponent("plugins/roma-youth").path))
        let findings = Linter(rules: RuleRegistry.all(catalog: catalog)).lint(Array(try Self.romaCanvas(plugin: true).utf8),
                                                                             path: "roma.yaml")
        #expect(findings.filter { $0.ruleID.hasPrefix("roma-youth/") }.map(\.ruleID) == ["roma-youth/follow-up"])
        #expect(!findings.contains { $0.ruleID == "unknown-plugin" })
    }

    @Test func romaYouthIsSuggestedForTheVelingradCanvas() throws {
        let catalog = try Self.catalogWithExamples()
        let findings = Linter(rules: [PluginSuggestion(catalog: catalog)]).lint(Array(try Self.romaCanvas(plugin: false).utf8),
                                                                               path: "roma.yaml")
        #expect(findings.map { $0.text(in: .en) } == ["this looks like a roma-youth canvas; add `plugin: roma-youth` to apply its rules"])
        #expect(findings.first?.severity == .info)
    }

    @Test func aFolderPluginWithABuiltInIDReplacesIt() throws {
        var catalog = PluginCatalog()
        var files = EmbeddedPlugins.files.filter { $0.key.hasPrefix("seniors/") }
            .reduce(into: [String: String]()) { $0[String($1.key.dropFirst("seniors/".count))] = $1.value }
        files["plugin.yaml"] = files["plugin.yaml"]?.replacingOccurrences(of: "version: 1.0.0", with: "version: 2.0.0")
        catalog.add(files: files, folder: "ours/seniors", origin: .directory("ours/seniors"))
        #expect(catalog.plugin(id: "seniors")?.version == "2.0.0")
        #expect(catalog.plugins.filter { $0.id == "seniors" }.count == 1)
        #expect(catalog.notices == ["notice: the plugin 'seniors' from ours/seniors replaces the built-in one"])
    }

    @Test(arguments: [
        ("plugin: senoirs\n", "there is no plugin 'senoirs'; did you mean 'seniors'?"),
        ("plugin: tourists\n", "there is no plugin 'tourists'; the plugins are disabled-children, farmers, seniors, unemployed (sdw plugins lists them)"),
    ])
    func unknownPluginNamesTheNearest(canvas: String, message: String) {
        let findings = Linter(rules: [UnknownPlugin()]).lint(Array(canvas.utf8), path: "c.yaml")
        #expect(findings.map { $0.text() } == [message])
        #expect(findings.first?.location == SourceLocation(line: 1, column: 9))
    }

    @Test(arguments: [
        ("Пенсионери 60+", "seniors"), ("Безробітні, направлені центрами зайнятості", "unemployed"),
        ("Фермеры района", "farmers"), ("Деца с увреждания и техните родители", "disabled-children"),
        ("Seniors and retired people", "seniors"),
    ])
    func bestMatchRecognisesTheGroupInEveryLanguage(name: String, expected: String) {
        let canvas = CanvasLoader.load(Array("target_group:\n  name: \(name)\n".utf8), path: "c.yaml").canvas
        #expect(canvas.flatMap(PluginCatalog.builtIn.bestMatch(for:))?.id == expected)
    }

    @Test func builtInPluginsMatchTheirOwnExamples() throws {
        let linter = Linter(rules: RuleRegistry.all())
        for path in ["velingrad-2012/seniors.yaml", "velingrad-2012/unemployed.yaml", "velingrad-2012/farmers.yaml",
                     "velingrad-2012/disabled-children.yaml"] {
            let findings = linter.lint(try CanvasLoader.load(contentsOf: Self.examples.appendingPathComponent(path).path))
            #expect(!findings.contains { $0.severity == .error }, "\(path): \(findings.map { $0.text() })")
        }
    }
}
