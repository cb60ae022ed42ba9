import CanvasKit
import CanvasRules
import Testing
@testable import CanvasReports

/// The text of `sdw plugins` and `sdw plugins show` for a plugin read from files.
struct PluginDocsTests {
    static func catalog() -> PluginCatalog {
        var catalog = PluginCatalog(builtIn: false)
        catalog.add(files: ["plugin.yaml": """
            id: demo
            version: 0.2.0
            name: {en: Demo group, bg: Демо група, uk: Демо-група, ru: Демо-группа}
            description: {en: A demo., bg: Демонстрация., uk: Демонстрація., ru: Демонстрация.}
            keywords: {en: [demo], bg: [демо], uk: [демо], ru: [демо]}
            rules:
              - id: club
                summary: A club is a partner.
                message: {en: no club, bg: няма клуб, uk: немає клубу, ru: нет клуба}
                rationale: Clubs know their members.
                help: README.md#writing-a-plugin
                expect: {some: {in: partners, where: {matches: [club]}}}
                examples:
                  failing: ["partners:\\n  - id: a\\n    name: Office\\n"]
                  passing: ["partners:\\n  - id: a\\n    name: Club\\n"]

            """], folder: "demo", origin: .directory("plugins/demo"))
        return catalog
    }

    @Test func tableListsIdVersionRulesOriginAndNames() {
        #expect(PluginDocs.table(Self.catalog()) == """
            ID    VERSION  RULES  FROM          NAMES
            demo  0.2.0    1      plugins/demo  Demo group · Демо група · Демо-група · Демо-группа

            """)
    }

    @Test func pageDocumentsEveryRuleInTheChosenLanguage() {
        let page = PluginDocs.page(Self.catalog().plugins[0], language: .uk)
        #expect(page == """
            demo 0.2.0 (plugins/demo)
            Demo group · Демо група · Демо-група · Демо-группа

            Демонстрація.

            Keywords:
              en: demo
              bg: демо
              uk: демо
              ru: демо

            Rules (1):

            demo/club (warning)
              A club is a partner.
              Message: немає клубу
              Why: Clubs know their members.
              Help: README.md#writing-a-plugin
              Reported on:
                  plugin: demo
                  partners:
                    - id: a
                      name: Office
              Not reported on:
                  plugin: demo
                  partners:
                    - id: a
                      name: Club

            """)
    }

    @Test func diagnosticsListProblemsWithPositions() {
        var catalog = PluginCatalog(builtIn: false)
        catalog.add(files: ["plugin.yaml": "id: x\nversion: 1\nnam: X\n"], folder: "x", origin: .directory("x"))
        #expect(PluginDocs.diagnostics(catalog).first == "x/plugin.yaml:3:1: error: unknown key 'nam' in plugin.yaml; did you mean 'name'? [plugin-invalid]")
    }
}
