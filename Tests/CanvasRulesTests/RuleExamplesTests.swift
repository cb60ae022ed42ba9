import CanvasKit
import Testing
@testable import CanvasRules

/// Every rule, core and plugin, reports on each of its failing examples and is silent on each
/// of its passing ones; and every built-in plugin loads without a problem.
struct RuleExamplesTests {
    static let rules = RuleRegistry.all()
    static let ids = rules.map(\.description.id)

    @Test(arguments: ids)
    func examples(id: String) throws {
        let rule = try #require(Self.rules.first { $0.description.id == id })
        let description = rule.description
        #expect(!description.failingExamples.isEmpty, "\(id) has no failing example")
        #expect(!description.passingExamples.isEmpty, "\(id) has no passing example")
        let linter = Linter(rules: [rule])
        for example in description.failingExamples {
            let findings = linter.lint(Array(example.utf8), path: "example.yaml")
            #expect(!findings.isEmpty, "\(id) does not report on:\n\(example)")
            #expect(findings.allSatisfy { $0.ruleID == id })
        }
        for example in description.passingExamples {
            let findings = linter.lint(Array(example.utf8), path: "example.yaml")
            #expect(findings.isEmpty, "\(id) reports \(findings.map { $0.text() }) on:\n\(example)")
        }
    }

    @Test func builtInPluginsLoadWithoutProblems() {
        let catalog = PluginCatalog.builtIn
        #expect(catalog.problems.map(\.description) == [])
        #expect(catalog.plugins.map(\.id) == ["disabled-children", "farmers", "seniors", "unemployed"])
        for plugin in catalog.plugins {
            #expect(plugin.rules.count >= 4, "\(plugin.id) has \(plugin.rules.count) rules")
            #expect(plugin.rules.allSatisfy { $0.description.id.hasPrefix(plugin.id + "/") })
        }
    }

    @Test func ruleIDsAreUnique() {
        #expect(Set(Self.ids).count == Self.ids.count)
    }
}
