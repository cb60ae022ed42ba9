import CanvasKit
import Testing
@testable import CanvasRules

/// Every built-in plugin's starter canvas loads without schema errors, as written and in each language.
struct StarterTemplateTests {
    static let plugins = PluginCatalog.builtIn.plugins.map(\.id)

    @Test(arguments: plugins)
    func starterLoadsInEveryLanguage(id: String) throws {
        let starter = try #require(PluginCatalog.builtIn.plugin(id: id)?.starter)
        let raw = CanvasLoader.load(Array(starter.utf8), path: "starter.yaml")
        #expect(raw.issues.isEmpty, "\(raw.issues.map(\.path))")
        for language in Language.allCases {
            let text = StarterTemplate(starter).render(language)
            let file = CanvasLoader.load(Array(text.utf8), path: "starter.yaml")
            #expect(file.issues.isEmpty, "\(id) in \(language): \(file.issues.map { $0.message.render(.en, arguments: $0.arguments) })")
            #expect(file.canvas?.language == language)
            #expect(file.canvas?.plugin == id)
            #expect(!text.contains("{{"))
            let errors = Linter(rules: RuleRegistry.all()).lint(file).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(id) in \(language): \(errors.map { $0.text() })")
        }
    }

    /// A starter is a canvas its own plugin has nothing to say about, in every language.
    @Test(arguments: plugins)
    func starterPassesItsOwnPlugin(id: String) throws {
        let starter = try #require(PluginCatalog.builtIn.plugin(id: id)?.starter)
        for language in Language.allCases {
            let file = CanvasLoader.load(Array(StarterTemplate(starter).render(language).utf8), path: "starter.yaml")
            let own = Linter(rules: RuleRegistry.all()).lint(file).filter { $0.ruleID.hasPrefix(id + "/") }
            #expect(own.isEmpty, "\(id) in \(language): \(own.map { "[\($0.ruleID)] \($0.text())" })")
        }
    }

    /// A table fills the starter in with longer texts of its own: every quoted value made
    /// longer with Ukrainian text is still valid YAML (the YAML checks once counted libyaml's
    /// character positions as bytes and called such files invalid).
    @Test(arguments: plugins)
    func longerValuesInAnyLanguageStayValidYAML(id: String) throws {
        let starter = try #require(PluginCatalog.builtIn.plugin(id: id)?.starter)
        for language in Language.allCases {
            let text = StarterTemplate(starter).render(language)
                .replacingOccurrences(of: "\"\n", with: " – довший текст українською, з подробицями від групи\"\n")
            let file = CanvasLoader.load(Array(text.utf8), path: "starter.yaml")
            let invalid = file.issues.filter { $0.kind == .invalidYAML }
            #expect(invalid.isEmpty, "\(id) in \(language): \(invalid.map { $0.message.render(.en, arguments: $0.arguments) })")
        }
    }

    @Test func keepsOnlyThePromptsOfOneLanguage() {
        let template = StarterTemplate("""
            #en: Who?
            #bg: Кои?
            language: en
            target_group:
              #uk: Хто?
              #en: Who exactly?
              name: "{{en: Seniors | bg: Пенсионери}}"
            """)
        #expect(template.render(.bg) == "# Кои?\nlanguage: bg\ntarget_group:\n  name: \"Пенсионери\"")
        #expect(template.render(.en) == "# Who?\nlanguage: en\ntarget_group:\n  # Who exactly?\n  name: \"Seniors\"")
        #expect(template.render(.ru).contains("name: \"Seniors\""))
    }
}
