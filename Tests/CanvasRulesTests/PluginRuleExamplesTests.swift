import CanvasKit
import Testing
@testable import CanvasRules

/// The rules beyond the core ones – plugin selection, suppressions, and every built-in plugin's
/// rules – report on each of their failing examples and are silent on each passing one, the same
/// way ``RuleExamplesTests`` runs the core rules; and every built-in plugin loads without a problem.
struct PluginRuleExamplesTests {
    /// Every rule sdw runs with the built-in plugins.
    static let all = RuleRegistry.all()
    /// The core rules, and the rules over several files (``WorkshopRulesTests`` runs those).
    static let coreIDs = Set((RuleRegistry.core + RuleRegistry.workshop.map { $0 as any Rule }).map(\.description.id))
    static let ids = all.map(\.description.id).filter { !coreIDs.contains($0) }

    @Test(arguments: ids)
    func examples(id: String) throws {
        let rule = try #require(Self.all.first { $0.description.id == id })
        let description = rule.description
        #expect(!description.failingExamples.isEmpty, "\(id) has no failing example")
        #expect(!description.passingExamples.isEmpty, "\(id) has no passing example")
        let linter = Linter(rules: [rule])
        for example in description.failingExamples {
            let findings = linter.lint(Array(example.utf8), path: "example.yaml")
            #expect(!findings.isEmpty, "\(id) does not report on:\n\(example)")
            #expect(findings.allSatisfy { $0.ruleID == id && $0.severity == description.severity })
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
        let ids = Self.all.map(\.description.id)
        #expect(Set(ids).count == ids.count)
    }
}
